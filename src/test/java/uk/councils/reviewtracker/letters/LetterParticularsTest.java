package uk.councils.reviewtracker.letters;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Particulars written the ways independent reviews of boards and partnerships state them. */
class LetterParticularsTest {

    @Test
    void aBoardNamedInATitleWrappedOverTwoLinesIsTheOrganisation() {
        LetterExtraction letter = LetterExtractor.extract("""
                Independent Review of Wessex Local
                Safeguarding Children Board
                Report to the Executive Group
                12 May 2016

                Wessex County Council and its partners took part in the review.
                """, "review.txt");

        assertThat(letter.organisation()).isEqualTo("Wessex Local Safeguarding Children Board");
    }

    @Test
    void aBoardThatAskedForTheReviewIsTheOrganisationRatherThanTheCouncilItNames() {
        LetterExtraction letter = LetterExtractor.extract("""
                Independent Review: Planning the new arrangements
                3 March 2019

                Introduction
                Mercia Safeguarding Children Board asked for an independent review to help Mercia County
                Council and its partners design the new arrangements. Mercia County Council leads the work.
                """, "review.txt");

        assertThat(letter.organisation()).isEqualTo("Mercia Safeguarding Children Board");
    }

    @Test
    void aReviewCommissionedByTheChairOfAPartnershipIsAReviewOfThatPartnership() {
        LetterExtraction letter = LetterExtractor.extract("""
                Annual review 2021
                1.1 This review was commissioned by the Independent Chair of the Anglia Safeguarding Children
                Partnership (ASCP) to assess how well the partners work together. Anglia City Council hosts it.
                """, "review.txt");

        assertThat(letter.organisation()).isEqualTo("Anglia Safeguarding Children Partnership");
    }

    @Test
    void fieldworkGivenAsMonthsIsReadFromTheFirstMonthToTheYear() {
        assertThat(LetterExtractor.extract("The review was carried out in May and June 2015.", "a.txt")
                .fieldworkOrReviewDates()).isEqualTo("May and June 2015");
        assertThat(LetterExtractor.extract("The review took place during October – December 2015.", "a.txt")
                .fieldworkOrReviewDates()).isEqualTo("October – December 2015");
    }

    @Test
    void aLeadNamedWithTheirRoleOnTheCoverIsTheReviewerLead() {
        LetterExtraction letter = LetterExtractor.extract("""
                Independent Review of the Partnership
                Alex Morgan, Independent Reviewer
                26th November 2018

                Introduction
                The review was asked to answer three questions.

                Appendix 2: Budget
                Prepared by Sam Jones, Business Manager
                """, "review.txt");

        assertThat(letter.reviewerLead()).isEqualTo("Alex Morgan");
        assertThat(letter.reviewerRoleOrg()).isEqualTo("Independent Reviewer");
    }

    @Test
    void fieldworkIsReadInTheWaysLettersWriteIt() {
        assertThat(fieldwork("Thank you for hosting the peer team from 14th to 16th May 2019. We enjoyed it."))
                .isEqualTo("14th to 16th May 2019");
        assertThat(fieldwork("The team visited Wessex on 3–6 March 2020 at the council's invitation."))
                .isEqualTo("3–6 March 2020");
        assertThat(fieldwork("The review was carried out remotely, over video calls, on 2nd-4th June 2021."))
                .isEqualTo("2nd-4th June 2021");
        assertThat(fieldwork("Many thanks for having us on Wednesday 8th March 2023. Here are my notes."))
                .isEqualTo("Wednesday 8th March 2023");
        assertThat(fieldwork("The inspection took place on 12, 13 and 14 June 2019."))
                .isEqualTo("12, 13 and 14 June 2019");
        assertThat(fieldwork("Fieldwork took place between Monday 9 and Thursday 12 May 2022."))
                .isEqualTo("Monday 9 and Thursday 12 May 2022");
        assertThat(fieldwork("This report covers my work between April 2020 and March 2021, a busy year."))
                .isEqualTo("April 2020 and March 2021");
        assertThat(fieldwork("The review took place during September and October 2019."))
                .isEqualTo("September and October 2019");
        assertThat(fieldwork("The peer team was on site over four days in June 2022.")).isEqualTo("June 2022");
        assertThat(fieldwork("The peer review took place during w/c 14 October 2019.")).isEqualTo("14 October 2019");
        assertThat(fieldwork("The inspection ran from 5 March 2018 to 16 March 2018 in Wessex."))
                .isEqualTo("5 March 2018 to 16 March 2018");
        assertThat(fieldwork("The peer review was from 6th to 9th November 2017. We met 80 people."))
                .isEqualTo("6th to 9th November 2017");
        assertThat(fieldwork("Thank you for inviting us to Wessex during the week of 5 March 2018."))
                .isEqualTo("5 March 2018");
    }

    @Test
    void thePeriodAReviewLookedBackOnIsNotItsFieldwork() {
        assertThat(fieldwork("""
                The panel read 40 cases from March 2019 to August 2021. The review took place during May and June
                2022, when the panel met practitioners.
                """)).isEqualTo("May and June 2022");
        assertThat(fieldwork("The team undertook an audit of cases from January to June 2019.")).isNull();
    }

    @Test
    void aRangeOpeningASentenceOrFollowingATitleIsTheFieldwork() {
        assertThat(fieldwork("""
                Joint inspection of the response to neglect in Wessex
                From 2 to 6 March 2020, inspectors from three inspectorates looked at the help given to children.
                """)).isEqualTo("2 to 6 March 2020");
        assertThat(fieldwork("""
                Children's Safeguarding Peer Review – 1-3 December 2021
                Dear Chris
                """)).isEqualTo("1-3 December 2021");
    }

    @Test
    void aTitleDatedByMonthGivesTheReportsDateNotItsFieldwork() {
        assertThat(fieldwork("""
                Independent Review of Safeguarding in Wessex – March 2020
                Introduction
                The reviewer read case files and met staff.
                """)).isNull();
    }

    @Test
    void datesUnderALabelStandingAloneAreTheFrontSheetsFieldwork() {
        assertThat(fieldwork("""
                Inspection of children's services
                Inspection dates

                9 to 20 May 2022

                Lead inspector
                """)).isEqualTo("9 to 20 May 2022");
    }

    @Test
    void aRangeThatAPdfWrappedAfterItsHyphenIsWholeAgain() {
        assertThat(fieldwork("""
                The review was carried out on 23rd-
                25th February 2021 by a team of four.
                """)).isEqualTo("23rd-25th February 2021");
    }

    @Test
    void anAuthorityWithLowerCaseWordsOrHyphensIsNamedWhole() {
        assertThat(organisation("""
                Dear colleague
                We met leaders of Blackburn with Darwen Borough Council and their partners. Blackburn with Darwen
                Borough Council asked us to look at its front door.
                """)).isEqualTo("Blackburn with Darwen Borough Council");
        assertThat(organisation("""
                The review team thanks Southend-on-Sea City Council. Southend-on-Sea City Council has grown.
                """)).isEqualTo("Southend-on-Sea City Council");
    }

    @Test
    void anAddressLineNamesTheAuthorityInItsOwnForm() {
        assertThat(organisation("""
                12 June 2019
                Director of Children's Services
                Royal Borough of Greenwich
                The Woolwich Centre
                Dear Sam
                We looked at the help given to children in the borough.
                """)).isEqualTo("Royal Borough of Greenwich");
    }

    @Test
    void aPartnershipWhoseNameHeadsTheCoverIsTheOrganisation() {
        assertThat(organisation("""
                KNOWSLEY SAFEGUARDING CHILDREN PARTNERSHIP
                INDEPENDENT SCRUTINY REPORT 2021
                Knowsley Council, the police and health partners arrange the scrutiny together.
                """)).isEqualTo("Knowsley Safeguarding Children Partnership");
    }

    @Test
    void theFormsAroundAPlaceNameAreReadWhole() {
        assertThat(organisation("Dear Sam\nWe thank City of Wolverhampton Council for its welcome.\n"))
                .isEqualTo("City of Wolverhampton Council");
        assertThat(organisation("Dear Sam\nWe thank Telford & Wrekin Council and its partners.\n"))
                .isEqualTo("Telford & Wrekin Council");
        assertThat(organisation("TRAFFORD CHILDREN’S SAFEGUARDING PARTNERSHIP\nAnnual scrutiny report\n"))
                .isEqualTo("Trafford Children’s Safeguarding Partnership");
    }

    @Test
    void aPartnershipNamedInPassingIsNotTheOrganisation() {
        assertThat(organisation("""
                Dear Jo
                Thank you for inviting us to Leeds City Council. We met the Leeds Safeguarding Children Partnership
                twice, and the Leeds Safeguarding Children Partnership's chair once.
                """)).isEqualTo("Leeds City Council");
    }

    @Test
    void aPartnershipIsTheOrganisationOfALetterThatNamesNoCouncil() {
        assertThat(organisation("""
                Learning from a rapid review
                Dear colleagues
                The Leeds Safeguarding Children Partnership met on 3 May. The Leeds Safeguarding Children
                Partnership thanks every practitioner who took part.
                """)).isEqualTo("Leeds Safeguarding Children Partnership");
    }

    @Test
    void theSignatorysOwnCouncilIsNotTheOrganisation() {
        assertThat(organisation("""
                To: Director of Children's Services, Trafford Council
                Dear Alex
                Thank you for having us.
                Yours sincerely
                Jo Bloggs
                Director of Children's Services
                Wigan Council
                """)).isEqualTo("Trafford Council");
    }

    @Test
    void aFigureAgainstAnOrganisationLabelIsNotAnOrganisation() {
        assertThat(organisation("""
                Review of the Anglia Safeguarding Children Partnership
                Budget
                Partnership:	12,000.00
                """)).isEqualTo("Anglia Safeguarding Children Partnership");
    }

    @Test
    void ofSignatoriesSideBySideTheOneWhoseRoleSaysLeadIsTheLead() {
        assertThat(lead("""
                We would be happy to come back.
                Yours sincerely
                Ann Other	Jo Bloggs
                Review Manager	Peer Review Lead
                """)).isEqualTo("Jo Bloggs");
        assertThat(lead("""
                We would be happy to come back.
                Yours sincerely
                Ann Other

                Jo Bloggs

                Review Manager

                Lead Reviewer
                """)).isEqualTo("Jo Bloggs");
    }

    @Test
    void aLetterSignedByTheCouncilNamesItsInspectionsLeadInTheText() {
        assertThat(lead("""
                Dear Gareth
                Thank you for the report of the inspection carried out from 1 to 12 May 2019 by the team led by
                Sam Patel HMI. We accept its findings.
                Yours sincerely
                Chris Jones
                Director of Children's Services
                """)).isEqualTo("Sam Patel");
        assertThat(lead("""
                Ofsted's lead inspector for this inspection was Robin Ashe, Her Majesty's Inspector.
                Yours sincerely
                Ofsted	Care Quality Commission
                """)).isEqualTo("Robin Ashe");
    }

    @Test
    void anEmailSignatureAfterAnInformalSignOffNamesTheLead() {
        assertThat(lead("""
                Give me a shout if anything is unclear.
                Cheers,
                Sam
                Sam Okafor-Lee | Head of Service | Another Council
                """)).isEqualTo("Sam Okafor-Lee");
    }

    @Test
    void datesOfFrontSheetsAndEmailsAreTheLettersDate() {
        assertThat(LetterExtractor.extract("Date: 03.03.23\nRe: Our visit\n", "a.txt").letterOrReportDate())
                .isEqualTo("2023-03-03");
        assertThat(LetterExtractor.extract("Report date:\t02/03/2020\nTitle:\tScrutiny review\n", "a.txt")
                .letterOrReportDate()).isEqualTo("2020-03-02");
        assertThat(LetterExtractor.extract("From: Sam Okafor-Lee\nSent: Tuesday, 12 July 2022 14:05\nTo: Jo\n",
                "a.txt").letterOrReportDate()).isEqualTo("2022-07-12");
    }

    @Test
    void aLeadNamedWithTheirRoleInTheTextIsTheLead() {
        assertThat(lead("""
                Method
                Jo Bloggs, the lead reviewer, read 30 case files and met 40 practitioners.
                Statement from the partners
                Ann Other
                Chair of the Executive Group
                """)).isEqualTo("Jo Bloggs");
        assertThat(lead("The lead reviewer, Dr Sam Patel, met the partners.\n")).isEqualTo("Dr Sam Patel");
    }

    @Test
    void aLetterSignedForItsAuthorIsTheAuthors() {
        assertThat(lead("""
                We look forward to hearing how you get on.
                Yours sincerely
                Ann Other
                p.p. Jo Bloggs, Lead Peer
                """)).isEqualTo("Jo Bloggs");
    }

    @Test
    void aServiceLedBySomeoneIsNoReviewLead() {
        assertThat(lead("""
                The front door team led by Pat Green makes quick decisions.
                Yours sincerely
                Jo Bloggs
                Director of Children's Services, Another Council
                """)).isEqualTo("Jo Bloggs");
    }

    @Test
    void neitherAContactOfficerNorAnAppendixsAuthorLeadsAReport() {
        assertThat(lead("""
                Scrutiny of the front door
                1. Introduction
                The panel heard from practitioners.
                2. Findings
                Thresholds are well understood.
                3. Conclusion
                The panel thanks everyone who gave evidence.
                Contact officer
                Sam Jones
                Scrutiny Officer
                """)).isNull();
        assertThat(lead("""
                Independent review of the front door
                Chris Lee, Independent Reviewer
                1. Introduction
                The review read 40 case files.
                2. Findings
                Thresholds are well understood.
                3. Recommendations
                1. Agree one threshold document.
                4. Conclusion
                The reviewer thanks everyone who took part.
                5. Next steps
                The partnership will respond within a month.
                6. Acknowledgements
                Thanks to all.
                Appendix 1: Data
                Prepared for the review by
                Sam Jones
                Data Analyst
                """)).isEqualTo("Chris Lee");
    }

    @Test
    void theChairSigningAForewordIsNoLeadUnlessTheySayTheyLedTheReview() {
        String report = """
                Wessex Safeguarding Children Partnership
                Yearly report 2020
                Foreword
                This year the partnership asked for an independent look at its arrangements.%s
                Jo Bloggs
                Independent Chair
                1. Our arrangements
                The partners meet every month.
                2. What the review found
                Thresholds are well understood.
                """;
        assertThat(lead(report.formatted(""))).isNull();
        assertThat(lead(report.formatted(" I led this review myself."))).isEqualTo("Jo Bloggs");
    }

    @Test
    void aTeamMemberListedAsLeadIsTheLeadOfAnUnsignedReport() {
        assertThat(lead("""
                Peer review report
                The review found strong leadership.
                The peer team
                Ann Other – Programme Manager, Local Government Association
                Jo Bloggs – Lead Peer, Director of Children's Services, Another Council
                """)).isEqualTo("Jo Bloggs");
    }

    @Test
    void aPublicationDateWrittenWithoutAColonIsTheReportsDate() {
        assertThat(LetterExtractor.extract("Review summary\nPublished 12 October 2022\nIntroduction\n", "a.txt")
                .letterOrReportDate()).isEqualTo("2022-10-12");
    }

    @Test
    void ofALetterheadAndAnAddressTheAuthorityTheLetterIsAboutIsTheOrganisation() {
        assertThat(organisation("""
                Wigan Council
                Town Hall
                14 May 2019
                Director of Children's Services
                Bolton Council
                Dear Sam
                Thank you for inviting us to Bolton Council. Bolton Council's leaders were open with us.
                """)).isEqualTo("Bolton Council");
    }

    private static String fieldwork(String text) {
        return LetterExtractor.extract(text, "letter.txt").fieldworkOrReviewDates();
    }

    private static String organisation(String text) {
        return LetterExtractor.extract(text, "letter.txt").organisation();
    }

    private static String lead(String text) {
        return LetterExtractor.extract(text, "letter.txt").reviewerLead();
    }
}
