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
}
