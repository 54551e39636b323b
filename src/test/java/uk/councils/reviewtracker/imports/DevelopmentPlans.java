package uk.councils.reviewtracker.imports;

import static uk.councils.reviewtracker.imports.HeldOutPlans.day;
import static uk.councils.reviewtracker.imports.HeldOutPlans.month;
import static uk.councils.reviewtracker.imports.PlanLayout.action;
import static uk.councils.reviewtracker.imports.PlanLayout.recommendation;

import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.List;
import uk.councils.reviewtracker.actions.ActionStatus;

/** The plan layouts the reader is tuned on. Each name hashes to the development split. */
final class DevelopmentPlans {

    private DevelopmentPlans() {
    }

    static List<PlanLayout> all() {
        return List.of(mergedRecommendationRows(), recommendationColumn(), ragKeyFooter(), textAndExcelDates(),
                csvWindows1252(), longCells());
    }

    /** No recommendation column: each recommendation is its ref and its text merged across the rest of the row. */
    static PlanLayout mergedRecommendationRows() {
        PlanSheets file = PlanSheets.sheet()
                .row("Improvement plan following the peer review of safeguarding, November 2012").merge(0, 0, 0, 7)
                .row("Ref", "Action", "Outcome", "Lead", "Timescale", "Target", "Status", "Progress")
                .row("R1", "RECOMMENDATION : Develop a clear and shared vision for safeguarding across the partnership")
                .merge(2, 2, 1, 7)
                .row("", "Hold a partnership vision event", "Shared vision agreed", "DCS", "2 months", "Jan-13",
                        "Complete", "Event held on 10 January")
                .row("", "Publish the vision on the LSCB website", "Vision understood by staff", "LSCB Business Manager",
                        "3 months", "Feb-13", "In progress", "")
                .row("R2", "Recommendation: Ensure that thresholds are applied consistently").merge(5, 5, 1, 7)
                .row("", "Revise the threshold guidance", "", "Head of Service", "", LocalDate.of(2013, 3, 31),
                        "On track", "Draft out for consultation")
                .row("R3", "RECOMMENDATION : Improve the recording of management decisions").merge(7, 7, 1, 7)
                .row("", "Introduce a management decision template", "Decisions visible on file", "Service Manager",
                        "Immediate", "", "Not started", "");
        return new PlanLayout("merged-recommendation-rows", "plan.xlsx", file.xlsx(), List.of(
                recommendation("R1", "Develop a clear and shared vision for safeguarding across the partnership",
                        action("Hold a partnership vision event").outcome("Shared vision agreed").lead("DCS")
                                .timescale("2 months").target(month(2013, 1)).status(ActionStatus.COMPLETE)
                                .note("Event held on 10 January"),
                        action("Publish the vision on the LSCB website").outcome("Vision understood by staff")
                                .lead("LSCB Business Manager").timescale("3 months").target(month(2013, 2))
                                .status(ActionStatus.IN_PROGRESS)),
                recommendation("R2", "Ensure that thresholds are applied consistently",
                        action("Revise the threshold guidance").lead("Head of Service").target(day(2013, 3, 31))
                                .status(ActionStatus.IN_PROGRESS).note("Draft out for consultation")),
                recommendation("R3", "Improve the recording of management decisions",
                        action("Introduce a management decision template").outcome("Decisions visible on file")
                                .lead("Service Manager").timescale("Immediate").status(ActionStatus.NOT_STARTED))));
    }

    /** A recommendation column, its text and reference merged down over the rows of its actions. */
    static PlanLayout recommendationColumn() {
        PlanSheets file = PlanSheets.sheet()
                .row("Rec No", "Recommendation", "Action(s)", "Success Measure", "Lead Officer", "By when", "Progress",
                        "Status")
                .row("1", "Review the capacity of the MASH", "Commission an independent review of MASH demand",
                        "Review reported to the Board", "Head of Children's Services", "31/01/2013",
                        "Review commissioned", "Completed")
                .row("", "", "Agree extra posts from the review", "Posts funded", "Director", "Mar-13", "",
                        "In progress")
                .row("", "", "Recruit to the new posts", "Posts filled", "HR Manager", "June 2013", "", "Not started")
                .merge(1, 3, 0, 0).merge(1, 3, 1, 1)
                .row("2", "Strengthen the quality of supervision", "Revise the supervision policy", "Policy approved",
                        "Principal Social Worker", "28/02/2013", "", "Behind schedule")
                .row("3", "Children in care to have an up to date health assessment",
                        "Track health assessments every week", "95% in date", "Designated Nurse for Looked After Children",
                        "Ongoing", "", "On track");
        return new PlanLayout("recommendation-column", "plan.xlsx", file.xlsx(), List.of(
                recommendation("1", "Review the capacity of the MASH",
                        action("Commission an independent review of MASH demand").measure("Review reported to the Board")
                                .lead("Head of Children's Services").target(day(2013, 1, 31))
                                .note("Review commissioned").status(ActionStatus.COMPLETE),
                        action("Agree extra posts from the review").measure("Posts funded").lead("Director")
                                .target(month(2013, 3)).status(ActionStatus.IN_PROGRESS),
                        action("Recruit to the new posts").measure("Posts filled").lead("HR Manager")
                                .target(month(2013, 6)).status(ActionStatus.NOT_STARTED)),
                recommendation("2", "Strengthen the quality of supervision",
                        action("Revise the supervision policy").measure("Policy approved")
                                .lead("Principal Social Worker").target(day(2013, 2, 28))
                                .status(ActionStatus.BEHIND_SCHEDULE)),
                recommendation("3", "Children in care to have an up to date health assessment",
                        action("Track health assessments every week").measure("95% in date")
                                .lead("Designated Nurse for Looked After Children").timescale("Ongoing")
                                .status(ActionStatus.IN_PROGRESS))));
    }

    /** A legend of the RAG colours and a document footer below the plan, with no "Key" heading. */
    static PlanLayout ragKeyFooter() {
        PlanSheets file = PlanSheets.sheet()
                .row("Ref", "Recommendation", "Action", "Lead", "Target date", "RAG")
                .row("R1", "Reduce drift for children on child protection plans", "Review every plan over 12 months",
                        "Child Protection Chair", "31/03/2013", "Green")
                .row("", "", "Report drift monthly to the Head of Service", "Performance Officer", "Monthly", "Amber")
                .row("R2", "Improve the timeliness of assessments", "Daily tracker of assessments due",
                        "Assessment Team Manager", "Jan-13", "Red")
                .row("R3", "Increase take-up of early help assessments", "Early help briefing for every school",
                        "Early Help Manager", "Apr-13", "Blue")
                .row("")
                .row("Red = behind schedule")
                .row("Amber = at risk")
                .row("Green = on track")
                .row("Blue = complete")
                .row("")
                .row("Document owner: Head of Safeguarding")
                .row("Last updated: 14/02/2013");
        return new PlanLayout("rag-key-footer", "plan.xlsx", file.xlsx(), List.of(
                recommendation("R1", "Reduce drift for children on child protection plans",
                        action("Review every plan over 12 months").lead("Child Protection Chair")
                                .target(day(2013, 3, 31)).status(ActionStatus.IN_PROGRESS),
                        action("Report drift monthly to the Head of Service").lead("Performance Officer")
                                .timescale("Monthly").status(ActionStatus.IN_PROGRESS)),
                recommendation("R2", "Improve the timeliness of assessments",
                        action("Daily tracker of assessments due").lead("Assessment Team Manager")
                                .target(month(2013, 1)).status(ActionStatus.BEHIND_SCHEDULE)),
                recommendation("R3", "Increase take-up of early help assessments",
                        action("Early help briefing for every school").lead("Early Help Manager")
                                .target(month(2013, 4)).status(ActionStatus.COMPLETE))));
    }

    /** Target dates typed every way, and real Excel dates shown as a day or as a month ("mmm-yy"). */
    static PlanLayout textAndExcelDates() {
        PlanSheets file = PlanSheets.sheet()
                .row("Ref", "Recommendation", "Action", "Lead", "Target date", "Status")
                .row("1", "Improve the timeliness of core groups", "Weekly core group tracker", "Team Manager",
                        LocalDate.of(2013, 1, 31), "Complete")
                .row("", "", "Core group guidance", "Team Manager", new PlanSheets.DateCell(LocalDate.of(2013, 3, 1),
                        "mmm-yy"), "In progress")
                .row("", "", "Core group training", "Practice Lead", "March 2013", "In progress")
                .row("2", "Improve the timeliness of reviews", "Review tracker", "IRO Manager", "31/03/2013",
                        "Not started")
                .row("", "", "Quarterly report to the LSCB", "IRO Manager", "Q4 2012/13", "Not started")
                .row("", "", "Review the IRO handbook", "IRO Manager", "End of April 2013", "Not started")
                .row("3", "Plan for permanence earlier", "Permanence panel", "Head of Service", "By Sept 2013",
                        "In progress")
                .row("", "", "Permanence training", "Head of Service", "Ongoing", "In progress")
                .row("", "", "Tracking of every plan", "Head of Service", "TBC", "Not started")
                .row("", "", "Audit of permanence plans", "Head of Service", "2013-05-31", "Not started")
                .row("", "", "Report to the Corporate Parenting Board", "Head of Service", "30 June 2013",
                        "Not started");
        return new PlanLayout("text-and-excel-dates", "plan.xlsx", file.xlsx(), List.of(
                recommendation("1", "Improve the timeliness of core groups",
                        action("Weekly core group tracker").lead("Team Manager").target(day(2013, 1, 31))
                                .status(ActionStatus.COMPLETE),
                        action("Core group guidance").lead("Team Manager").target(month(2013, 3))
                                .status(ActionStatus.IN_PROGRESS),
                        action("Core group training").lead("Practice Lead").target(month(2013, 3))
                                .status(ActionStatus.IN_PROGRESS)),
                recommendation("2", "Improve the timeliness of reviews",
                        action("Review tracker").lead("IRO Manager").target(day(2013, 3, 31))
                                .status(ActionStatus.NOT_STARTED),
                        action("Quarterly report to the LSCB").lead("IRO Manager").target(month(2013, 3))
                                .status(ActionStatus.NOT_STARTED),
                        action("Review the IRO handbook").lead("IRO Manager").target(month(2013, 4))
                                .status(ActionStatus.NOT_STARTED)),
                recommendation("3", "Plan for permanence earlier",
                        action("Permanence panel").lead("Head of Service").target(month(2013, 9))
                                .status(ActionStatus.IN_PROGRESS),
                        action("Permanence training").lead("Head of Service").timescale("Ongoing")
                                .status(ActionStatus.IN_PROGRESS),
                        action("Tracking of every plan").lead("Head of Service").timescale("TBC")
                                .status(ActionStatus.NOT_STARTED),
                        action("Audit of permanence plans").lead("Head of Service").target(day(2013, 5, 31))
                                .status(ActionStatus.NOT_STARTED),
                        action("Report to the Corporate Parenting Board").lead("Head of Service")
                                .target(day(2013, 6, 30)).status(ActionStatus.NOT_STARTED))));
    }

    /** CSV as Excel saves it on UK Windows: Windows-1252, with pound signs, en dashes and curly apostrophes. */
    static PlanLayout csvWindows1252() {
        PlanSheets file = PlanSheets.sheet()
                .row("Ref", "Recommendation", "Action", "Lead", "Target date", "Status", "Progress")
                .row("1", "Make sure the £250,000 early help grant reaches families – not just services",
                        "Publish how the £250,000 is spent", "Head of Early Help", "30/04/2013", "In progress",
                        "Spending report – first draft")
                .row("", "", "Ask families what they think of the service’s offer", "Participation Officer", "Jun-13",
                        "Not started", "")
                .row("2", "Review the children’s centres’ role in early help", "Map children’s centre activity",
                        "Children’s Centres Manager", "31/05/2013", "Complete", "Done – see the report");
        return new PlanLayout("csv-windows-1252", "plan.csv", file.csv(Charset.forName("windows-1252")), List.of(
                recommendation("1", "Make sure the £250,000 early help grant reaches families – not just services",
                        action("Publish how the £250,000 is spent").lead("Head of Early Help").target(day(2013, 4, 30))
                                .status(ActionStatus.IN_PROGRESS).note("Spending report – first draft"),
                        action("Ask families what they think of the service’s offer").lead("Participation Officer")
                                .target(month(2013, 6)).status(ActionStatus.NOT_STARTED)),
                recommendation("2", "Review the children’s centres’ role in early help",
                        action("Map children’s centre activity").lead("Children’s Centres Manager")
                                .target(day(2013, 5, 31)).status(ActionStatus.COMPLETE)
                                .note("Done – see the report"))));
    }

    /**
     * Cells longer than every column they go into. The promise: each is cut to what the database holds, and the
     * whole text of a cut timescale, lead, agency, outcome or measure goes into the progress note, itself cut to
     * what a note holds.
     */
    static PlanLayout longCells() {
        String ref = "LSCB-2013-PEER-REVIEW-01";
        String recommendation = words("Strengthen the partnership's oversight of early help", 4100);
        String group = words("Priority one: leadership, governance and the partnership's oversight", 350);
        String action = words("Agree and publish the partnership's early help strategy", 4100);
        String outcome = words("Families get help early", 4100);
        String measure = words("Fewer re-referrals within twelve months", 4100);
        String timescale = words("Within six months of the Board agreeing the strategy, then reviewed", 240);
        String lead = words("Head of Early Help with the LSCB Business Manager and the Designated Nurse", 250);
        String agency = words("Children's Social Care with Health and Police partners across the county", 230);
        String progress = words("Draft strategy shared with partners", 4100);
        PlanSheets file = PlanSheets.sheet()
                .row("Ref", "Recommendation", "Priority", "Action", "Outcome", "Success measure", "Timescale",
                        "Lead officer", "Lead agency", "Target date", "Progress", "Status")
                .row(ref, recommendation, group, action, outcome, measure, timescale, lead, agency, "31/03/2013",
                        progress, "In progress")
                .row("", "", "", "Report progress to the Board", "", "", timescale, lead, "", "30/06/2013",
                        "Timescale agreed with the Board", "Not started");
        return new PlanLayout("long-cells", "long.xlsx", file.xlsx(), List.of(
                recommendation(kept(ref, 20), kept(recommendation, 4000),
                        action(kept(action, 4000)).outcome(kept(outcome, 4000))
                                .measure(kept(measure, 4000)).timescale(kept(timescale, 100))
                                .lead(kept(lead, 200)).agency(kept(agency, 200)).target(day(2013, 3, 31))
                                .status(ActionStatus.IN_PROGRESS).note(kept(progress, 4000)),
                        action("Report progress to the Board").timescale(kept(timescale, 100))
                                .lead(kept(lead, 200)).target(day(2013, 6, 30)).status(ActionStatus.NOT_STARTED)
                                .note("Timescale agreed with the Board\nTimescale in the plan: " + timescale
                                        + "\nLead in the plan: " + lead))
                        .inGroup(kept(group, 300))));
    }

    /** What a column of {@code length} characters keeps of a text: its start, without spaces left at the end. */
    private static String kept(String text, int length) {
        return text.substring(0, length).stripTrailing();
    }

    /** The sentence repeated, numbered, until the text is {@code length} characters long. */
    private static String words(String sentence, int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 1; text.length() < length; i++) {
            text.append(sentence).append(" (").append(i).append("). ");
        }
        return text.substring(0, length).strip() + "x".repeat(length - text.substring(0, length).strip().length());
    }
}
