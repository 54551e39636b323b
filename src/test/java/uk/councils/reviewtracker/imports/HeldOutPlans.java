package uk.councils.reviewtracker.imports;

import static uk.councils.reviewtracker.imports.PlanLayout.action;
import static uk.councils.reviewtracker.imports.PlanLayout.recommendation;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import uk.councils.reviewtracker.actions.ActionStatus;
import uk.councils.reviewtracker.actions.TargetDate;

/**
 * The held-out plan layouts, written from how councils lay out their plans before the reader was tuned, and
 * never tuned on. Each name hashes to the held-out split (see {@link PlanLayout#split()}).
 */
final class HeldOutPlans {

    private HeldOutPlans() {
    }

    static List<PlanLayout> all() {
        return List.of(priorityGroupRows(), severalSheets(), severalLeadsPerCell(), headerBelowTitle(), xlsWorkbook(),
                csvMergedRecommendationRows());
    }

    /** Priorities as full-width rows between the recommendations; each recommendation merged down its actions. */
    static PlanLayout priorityGroupRows() {
        PlanSheets file = PlanSheets.sheet().named("Improvement plan")
                .row("Children's Safeguarding Peer Review: Improvement Plan").merge(0, 0, 0, 6)
                .row("Ref", "Recommendation", "Actions", "Lead", "Timescale", "Target date", "Status")
                .row("PRIORITY 1: EARLY HELP AND THE FRONT DOOR").merge(2, 2, 0, 6)
                .row("1.1", "Develop a shared early help offer with partners", "Publish the early help strategy",
                        "Head of Early Help", "3 months", LocalDate.of(2013, 3, 31), "Completed")
                .row("", "", "Train 200 practitioners in the early help assessment", "Early Help Co-ordinator",
                        "6 months", LocalDate.of(2013, 6, 30), "On track")
                .merge(3, 4, 0, 0).merge(3, 4, 1, 1)
                .row("1.2", "Make thresholds clear to every agency", "Re-launch the threshold document at the LSCB",
                        "LSCB Business Manager", "Immediate", "", "Not started")
                .row("Priority 2 – Quality and performance").merge(6, 6, 0, 6)
                .row("2.1", "Embed a quality assurance framework", "Monthly case file audits by managers",
                        "Principal Social Worker", "Ongoing", "Monthly", "In progress")
                .row("", "", "Report audit findings to the Improvement Board each quarter", "Head of Quality Assurance",
                        "", "Q1 2013/14", "Amber")
                .merge(7, 8, 0, 0).merge(7, 8, 1, 1)
                .row("PRIORITY 3: WORKFORCE").merge(9, 9, 0, 6)
                .row("3.1", "Reduce reliance on agency social workers", "Launch a recruitment and retention package",
                        "HR Business Partner", "", "September 2013", "Behind schedule");
        String one = "PRIORITY 1: EARLY HELP AND THE FRONT DOOR";
        String two = "Priority 2 – Quality and performance";
        return new PlanLayout("priority-group-rows", "improvement-plan.xlsx", file.xlsx(), List.of(
                recommendation("1.1", "Develop a shared early help offer with partners",
                        action("Publish the early help strategy").lead("Head of Early Help").timescale("3 months")
                                .target(day(2013, 3, 31)).status(ActionStatus.COMPLETE),
                        action("Train 200 practitioners in the early help assessment").lead("Early Help Co-ordinator")
                                .timescale("6 months").target(day(2013, 6, 30)).status(ActionStatus.IN_PROGRESS))
                        .inGroup(one),
                recommendation("1.2", "Make thresholds clear to every agency",
                        action("Re-launch the threshold document at the LSCB").lead("LSCB Business Manager")
                                .timescale("Immediate").status(ActionStatus.NOT_STARTED)).inGroup(one),
                recommendation("2.1", "Embed a quality assurance framework",
                        action("Monthly case file audits by managers").lead("Principal Social Worker")
                                .timescale("Ongoing").status(ActionStatus.IN_PROGRESS),
                        action("Report audit findings to the Improvement Board each quarter")
                                .lead("Head of Quality Assurance").target(month(2013, 6))
                                .status(ActionStatus.IN_PROGRESS)).inGroup(two),
                recommendation("3.1", "Reduce reliance on agency social workers",
                        action("Launch a recruitment and retention package").lead("HR Business Partner")
                                .target(month(2013, 9)).status(ActionStatus.BEHIND_SCHEDULE))
                        .inGroup("PRIORITY 3: WORKFORCE")));
    }

    /** A cover sheet, one sheet of the plan per theme (numbers as numbers), and a sheet that explains the RAG. */
    static PlanLayout severalSheets() {
        PlanSheets file = PlanSheets.sheet().named("About this plan")
                .row("Safeguarding peer review improvement plan")
                .row("This plan responds to the recommendations of the peer review of March 2013.")
                .row("Owner: Director of Children's Services")
                .nextSheet("Leadership")
                .row("No.", "Recommendation", "Action", "Responsible officer", "By when", "RAG")
                .row(1, "Strengthen the challenge from the LSCB", "Agree a challenge log and review it at each Board",
                        "LSCB Chair", "Apr-13", "G")
                .row("", "", "Hold a development day on challenge", "LSCB Business Manager", "May 2013", "A")
                .row(2, "Elected members to understand their safeguarding role",
                        "Deliver a corporate parenting briefing to all members", "Democratic Services Manager",
                        LocalDate.of(2013, 7, 31), "R")
                .nextSheet("Front door")
                .row("No.", "Recommendation", "Action", "Responsible officer", "By when", "RAG")
                .row(3, "Improve the quality of referrals from schools", "Issue referral guidance to every school",
                        "Education Safeguarding Lead", "June 2013", "G")
                .row("", "", "Audit 50 school referrals", "MASH Manager", LocalDate.of(2013, 9, 30), "B")
                .row(4, "Reduce repeat referrals", "Review every family with three referrals in a year",
                        "Head of Assessment", "Ongoing", "A")
                .nextSheet("RAG key")
                .row("Rating", "Meaning")
                .row("R", "Behind schedule")
                .row("A", "At risk")
                .row("G", "On track")
                .row("B", "Complete");
        return new PlanLayout("several-sheets", "plan-by-theme.xlsx", file.xlsx(), List.of(
                recommendation("1", "Strengthen the challenge from the LSCB",
                        action("Agree a challenge log and review it at each Board").lead("LSCB Chair")
                                .target(month(2013, 4)).status(ActionStatus.IN_PROGRESS),
                        action("Hold a development day on challenge").lead("LSCB Business Manager")
                                .target(month(2013, 5)).status(ActionStatus.IN_PROGRESS)).inGroup("Leadership"),
                recommendation("2", "Elected members to understand their safeguarding role",
                        action("Deliver a corporate parenting briefing to all members")
                                .lead("Democratic Services Manager").target(day(2013, 7, 31))
                                .status(ActionStatus.BEHIND_SCHEDULE)).inGroup("Leadership"),
                recommendation("3", "Improve the quality of referrals from schools",
                        action("Issue referral guidance to every school").lead("Education Safeguarding Lead")
                                .target(month(2013, 6)).status(ActionStatus.IN_PROGRESS),
                        action("Audit 50 school referrals").lead("MASH Manager").target(day(2013, 9, 30))
                                .status(ActionStatus.COMPLETE)).inGroup("Front door"),
                recommendation("4", "Reduce repeat referrals",
                        action("Review every family with three referrals in a year").lead("Head of Assessment")
                                .timescale("Ongoing").status(ActionStatus.IN_PROGRESS)).inGroup("Front door")));
    }

    /** Partnership plans: two or three leads in one cell, joined by "/", ",", "and", "&" or a line break. */
    static PlanLayout severalLeadsPerCell() {
        PlanSheets file = PlanSheets.sheet().named("LSCB plan")
                .row("Rec", "Recommendation", "Action", "Lead officer(s)", "Lead agency", "Date", "Progress", "BRAG")
                .row("R1", "Health partners to take part in every strategy discussion",
                        "Agree a protocol for health attendance at strategy meetings", "Designated Nurse / Named GP",
                        "CCG", "31/05/2013", "Protocol drafted and shared with the CCG", "Green")
                .row("", "", "Audit health attendance for three months", "Designated Nurse, MASH Manager",
                        "CCG and Children's Social Care", "31/08/2013", "", "Amber")
                .row("R2", "Improve the timeliness of initial child protection conferences",
                        "Set up a weekly conference booking meeting", "Child Protection Chair\nConference Manager",
                        "Children's Social Care", "30/04/2013", "Weekly meeting running since April", "Blue")
                .row("R3", "Police to share domestic abuse notifications within 24 hours",
                        "Move notifications onto the MASH secure e-mail", "DI Public Protection & MASH Police Sergeant",
                        "Police", "Jul-13", "", "Red");
        return new PlanLayout("several-leads-per-cell", "lscb-plan.xlsx", file.xlsx(), List.of(
                recommendation("R1", "Health partners to take part in every strategy discussion",
                        action("Agree a protocol for health attendance at strategy meetings")
                                .lead("Designated Nurse / Named GP").agency("CCG").target(day(2013, 5, 31))
                                .note("Protocol drafted and shared with the CCG").status(ActionStatus.IN_PROGRESS),
                        action("Audit health attendance for three months").lead("Designated Nurse, MASH Manager")
                                .agency("CCG and Children's Social Care").target(day(2013, 8, 31))
                                .status(ActionStatus.IN_PROGRESS)),
                recommendation("R2", "Improve the timeliness of initial child protection conferences",
                        action("Set up a weekly conference booking meeting")
                                .lead("Child Protection Chair\nConference Manager").agency("Children's Social Care")
                                .target(day(2013, 4, 30)).note("Weekly meeting running since April")
                                .status(ActionStatus.COMPLETE)),
                recommendation("R3", "Police to share domestic abuse notifications within 24 hours",
                        action("Move notifications onto the MASH secure e-mail")
                                .lead("DI Public Protection & MASH Police Sergeant").agency("Police")
                                .target(month(2013, 7)).status(ActionStatus.BEHIND_SCHEDULE))));
    }

    /** A title block of council, service, title and version above the header row. */
    static PlanLayout headerBelowTitle() {
        PlanSheets file = PlanSheets.sheet().named("Plan")
                .row("Anytown Borough Council")
                .row("Children's Services")
                .row("Safeguarding Peer Review – Improvement Plan")
                .row("Version 3 – updated 14 March 2013")
                .row("")
                .row("Recommendation number", "Recommendation", "What we will do", "Who", "When", "Progress update",
                        "Status")
                .row("1", "Supervision to be regular and recorded", "Introduce a supervision recording template",
                        "Service Manager, Safeguarding", "End of April 2013", "Template in use in all teams",
                        "Complete")
                .row("", "", "Audit supervision records quarterly", "Principal Social Worker",
                        "Quarterly from June 2013", "", "Not yet started")
                .row("2", "Children's voice to be heard in plans",
                        "Add a 'child's view' section to the child protection plan", "Child Protection Chair",
                        "31.05.2013", "", "In progress")
                .row("3", "Reduce caseloads in the assessment teams", "Recruit six permanent social workers",
                        "Head of Service", "Sept 2013", "Four recruited", "On track");
        return new PlanLayout("header-below-title", "plan-v3.xlsx", file.xlsx(), List.of(
                recommendation("1", "Supervision to be regular and recorded",
                        action("Introduce a supervision recording template").lead("Service Manager, Safeguarding")
                                .target(month(2013, 4)).note("Template in use in all teams")
                                .status(ActionStatus.COMPLETE),
                        action("Audit supervision records quarterly").lead("Principal Social Worker")
                                .timescale("Quarterly from June 2013").status(ActionStatus.NOT_STARTED)),
                recommendation("2", "Children's voice to be heard in plans",
                        action("Add a 'child's view' section to the child protection plan")
                                .lead("Child Protection Chair").target(day(2013, 5, 31))
                                .status(ActionStatus.IN_PROGRESS)),
                recommendation("3", "Reduce caseloads in the assessment teams",
                        action("Recruit six permanent social workers").lead("Head of Service").target(month(2013, 9))
                                .note("Four recruited").status(ActionStatus.IN_PROGRESS))));
    }

    /** An old .xls workbook: no reference column, areas for development merged down, real dates, RAG letters. */
    static PlanLayout xlsWorkbook() {
        PlanSheets file = PlanSheets.sheet().named("Sheet1")
                .row("Area for development", "Action", "Lead", "Target Date", "Update", "RAG rating")
                .row("Recording of management oversight on case files",
                        "Managers to record a decision on every contact within 24 hours", "Team Managers",
                        LocalDate.of(2013, 4, 30), "Spot checks show 80% recorded", "A")
                .row("", "Monthly report of oversight to senior managers", "Performance Manager",
                        LocalDate.of(2013, 5, 31), "", "G")
                .merge(1, 2, 0, 0)
                .row("Consistency of thresholds between teams", "Run threshold workshops for every team",
                        "Head of Service", "June 2013", "", "R")
                .row("")
                .row("");
        return new PlanLayout("xls-workbook", "plan.xls", file.xls(), List.of(
                recommendation(null, "Recording of management oversight on case files",
                        action("Managers to record a decision on every contact within 24 hours").lead("Team Managers")
                                .target(day(2013, 4, 30)).note("Spot checks show 80% recorded")
                                .status(ActionStatus.IN_PROGRESS),
                        action("Monthly report of oversight to senior managers").lead("Performance Manager")
                                .target(day(2013, 5, 31)).status(ActionStatus.IN_PROGRESS)),
                recommendation(null, "Consistency of thresholds between teams",
                        action("Run threshold workshops for every team").lead("Head of Service")
                                .target(month(2013, 6)).status(ActionStatus.BEHIND_SCHEDULE))));
    }

    /**
     * A plan with no recommendation column saved from Excel as CSV: each recommendation row is its reference and
     * its text ("RECOMMENDATION : ...") with the rest of the row empty, or both in the first cell.
     */
    static PlanLayout csvMergedRecommendationRows() {
        PlanSheets file = PlanSheets.sheet()
                .row("Ref", "Action", "Lead", "Timescale", "Target date", "RAG")
                .row("R1", "RECOMMENDATION : Strengthen multi-agency working at the front door so that referrals are "
                        + "screened consistently", "", "", "", "")
                .row("", "Co-locate police and health staff in the MASH", "Head of MASH", "6 months", "30/09/2013",
                        "Green")
                .row("", "Agree a MASH information sharing protocol", "LSCB Business Manager", "3 months",
                        "30/06/2013", "Amber")
                .row("R2", "RECOMMENDATION : Improve the quality of child in need plans", "", "", "", "")
                .row("", "Introduce SMART planning training for all social workers", "Workforce Development Manager",
                        "", "Oct-13", "Red")
                .row("", "Audit 20 child in need plans each quarter", "Quality Assurance Manager", "Quarterly", "",
                        "Green")
                .row("R3 RECOMMENDATION : Make sure that the voice of the child is recorded in every assessment", "",
                        "", "", "", "")
                .row("", "Add the child's wishes and feelings to the assessment form", "Systems Manager", "1 month",
                        "31/05/2013", "Complete")
                .row("", "", "", "", "", "")
                .row("Key: Red – behind schedule; Amber – at risk; Green – on track", "", "", "", "", "");
        byte[] withByteOrderMark = ("\uFEFF" + new String(file.csv(), StandardCharsets.UTF_8))
                .getBytes(StandardCharsets.UTF_8);
        return new PlanLayout("csv-merged-recommendation-rows", "plan.csv", withByteOrderMark, List.of(
                recommendation("R1", "Strengthen multi-agency working at the front door so that referrals are "
                                + "screened consistently",
                        action("Co-locate police and health staff in the MASH").lead("Head of MASH")
                                .timescale("6 months").target(day(2013, 9, 30)).status(ActionStatus.IN_PROGRESS),
                        action("Agree a MASH information sharing protocol").lead("LSCB Business Manager")
                                .timescale("3 months").target(day(2013, 6, 30)).status(ActionStatus.IN_PROGRESS)),
                recommendation("R2", "Improve the quality of child in need plans",
                        action("Introduce SMART planning training for all social workers")
                                .lead("Workforce Development Manager").target(month(2013, 10))
                                .status(ActionStatus.BEHIND_SCHEDULE),
                        action("Audit 20 child in need plans each quarter").lead("Quality Assurance Manager")
                                .timescale("Quarterly").status(ActionStatus.IN_PROGRESS)),
                recommendation("R3", "Make sure that the voice of the child is recorded in every assessment",
                        action("Add the child's wishes and feelings to the assessment form").lead("Systems Manager")
                                .timescale("1 month").target(day(2013, 5, 31)).status(ActionStatus.COMPLETE))));
    }

    static TargetDate day(int year, int month, int day) {
        return TargetDate.day(LocalDate.of(year, month, day));
    }

    static TargetDate month(int year, int month) {
        return TargetDate.month(YearMonth.of(year, month));
    }
}
