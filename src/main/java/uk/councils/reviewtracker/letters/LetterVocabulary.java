package uk.councils.reviewtracker.letters;

import java.util.regex.Pattern;

/**
 * The phrases with which review letters open their sections, in one place: what a heading or a sentence that
 * opens strengths, areas for consideration, recommendations, lines of enquiry or themes looks like. Each pattern is
 * a family of wordings seen across LGA peer challenges, Ofsted-style reports and independent partnership reviews
 * ("Summary strengths", "What is going well", "Key strengths included:"; "Areas for further consideration", "What
 * could be better", "Even better if"; "Key recommendations", "Key messages"; "Key lines of enquiry", "Scope of the
 * review"), never the wording of one letter. Patterns are matched case-insensitively; a heading pattern must match
 * the whole heading, a lead-in pattern anywhere in a sentence that introduces a list ({@link #INTRODUCES}).
 */
final class LetterVocabulary {

    /**
     * A heading over the recommendations: "Key recommendations", "Priorities for the council (2)", "Key messages",
     * "Areas for priority action". Not "Next steps": there a letter says what happens after the review.
     */
    static final Pattern RECOMMENDATIONS_HEADING = Pattern.compile("^(?:key |main |our |my |the |composite "
            + "|summary of |detailed |peer review |review )?(?:recommendations?|priorities|priority actions|areas for priority action"
            + "|areas for (?:initial )?exploration|messages|actions? for improvement"
            + "|what needs to (?:improve|be improved|change)(?: [\\w ]{1,60})?|what needs to happen(?: next)?"
            + "|(?:a few |some |our )?suggestions|suggested (?:next steps|actions|improvements))"
            + "(?: for (?:the )?[\\w'’–\\- ]{1,40})?(?: \\(\\d+\\))?[\\s:.?\\-]*$", Pattern.CASE_INSENSITIVE);
    /** A heading over the lines of enquiry (anywhere in it). */
    static final Pattern ENQUIRY = Pattern.compile("\\b(?:lines? of (?:enquiry|inquiry)|kloes?|key questions"
            + "|scope (?:and [\\w ]+ )?(?:of|for) the (?:peer )?(?:review|challenge)|terms of reference"
            + "|focus of the (?:peer )?(?:review|challenge))\\b", Pattern.CASE_INSENSITIVE);
    /** A heading over the themes of the review framework. */
    static final Pattern THEMES_HEADING = Pattern.compile("^(?:the )?(?:key )?(?:themes|signposts"
            + "|key areas|focus areas|review framework)[\\s:.]*$", Pattern.CASE_INSENSITIVE);
    /** The grades an inspection gives a judgement area, as Ofsted writes them. */
    private static final String GRADES = "outstanding|good|requires improvement(?: to be good)?|inadequate|not yet good";
    /**
     * The phrases that name strengths, one family per alternative: "Strengths", "What is working well", "Working
     * well", "Positive practice", "Much to be proud of".
     */
    private static final String STRENGTH_PHRASES = "strengths?|what(?: is|'s|’s| are)? (?:work(?:s|ing)|going) well"
            + "|what went well"
            + "|(?:things that are |what we saw )?(?:working|going) well|good practice|positive (?:practice|findings)"
            + "|positives|notable practice|what we found that works|areas? of strength|(?:much|a lot) to be proud of"
            + "|^progress(?=[\\s:.]*$)|progress (?:the [\\w ]{1,30}?|we) (?:has|have) seen"
            + "|(?:stood|stand|stands) out|(?:recognised|praised|were encouraged by)(?=[\\s:]*$)";
    /**
     * The phrases that name areas for consideration: "Areas for further consideration", "What could be better",
     * "Could be improved", "Even better if", "Things to consider", "Development areas", "What we are worried about".
     */
    private static final String AREA_PHRASES = "areas? (?:for|of|to) (?:further |future |priority )?"
            + "(?:consideration|considering|consider|improvement|development|address|focus|strengthen|develop|improve"
            + "|explore)"
            + "|further consideration|(?:main|key) issues|weakness(?:es)?"
            + "|what (?:could|would) (?:improve|be better|be improved|be stronger)"
            + "|could (?:be|have been) (?:better|improved|stronger)|what (?:needs|has) to be better"
            + "|even better if|(?:development|improvement) areas|things to (?:consider|think about|work on|improve)"
            + "|opportunities for (?:improvement|development)|what (?:we are|we're|we’re|are we) worried about"
            + "|areas where (?:practice|services|we|the council|the partnership) could|concerns|areas of concern"
            + "|areas where [\\w' ]{1,40}? could|could do more|what needs (?:more|further) work"
            + "|(?:is|are|was|were|remains?) (?:particularly |also )?concerned"
            + "|where (?:the [\\w ]{1,30}?|we) remains? concerned";
    /** Words that name areas for consideration, in a short heading or a lead-in sentence. */
    static final Pattern AREAS = Pattern.compile("\\b(?:" + AREA_PHRASES + ")\\b", Pattern.CASE_INSENSITIVE);
    /** Words that name strengths, in a short heading or a lead-in sentence. */
    static final Pattern STRENGTHS = Pattern.compile("\\b(?:" + STRENGTH_PHRASES + ")\\b", Pattern.CASE_INSENSITIVE);
    /**
     * A kind alone: "Strengths", "Areas for further consideration:", "What is going well", "Even better if". Under
     * a theme heading, or as a table's column or row label, it says which kind the findings beside or below it are.
     */
    static final Pattern BARE_KIND = Pattern.compile("^(?:key |main |summary |summary of |our |the )?(?:"
            + STRENGTH_PHRASES + "|" + AREA_PHRASES + "|areas for further development)[\\s:.]*$",
            Pattern.CASE_INSENSITIVE);
    /**
     * A sentence that says the list after it is what the team was asked to look at: "asked us to consider",
     * "the review considered the following questions", "terms of reference".
     */
    static final Pattern ENQUIRY_LEAD_IN = Pattern.compile("\\b(?:asked (?:the |our |us |me )?(?:peer "
            + "|review )?(?:team |reviewers? |review )?to (?:explore|consider|look at|focus on|examine|test|review"
            + "|answer)|lines? of (?:enquiry|inquiry)|key questions|following (?:key )?questions|terms of reference"
            + "|scope of the review|asked (?:us|me|the (?:peer |review )?team) (?:\\w+ )?questions?)\\b",
            Pattern.CASE_INSENSITIVE);
    /** A sentence that says the list after it is the framework's themes. */
    static final Pattern THEMES_LEAD_IN = Pattern.compile("\\b(?:key areas(?! (?:for|of|to)\\b)|signposts"
            + "|(?:following|key|these|two|three|four|five|six|seven|eight|\\d) (?:themes|practice areas"
            + "|areas of practice)|under the following headings"
            + "|framework (?:covers|of|which focuses)|to structure (?:its|the|our|this) (?:review|letter|findings))\\b",
            Pattern.CASE_INSENSITIVE);
    /**
     * A recommendation's own label, with its number: "Recommendation 3", "Recommendation R2:"; with the
     * recommendation after it on the same line (group 2) or in the paragraph under it. Not "Priority 6": a
     * council report names its own corporate priorities so.
     */
    static final Pattern LABELLED_RECOMMENDATION = Pattern.compile("^recommendation\\s+"
            + "([A-Z]{0,3}\\d{1,2})\\s*(?:[:.–—-]\\s*(\\S.{9,}))?[:.]?$", Pattern.CASE_INSENSITIVE);
    /** A paragraph that is itself a recommendation: "The review recommends that the council ...". */
    static final Pattern RECOMMENDS = Pattern.compile("^(?:the (?:review|reviewers?|team|peer team|board|panel"
            + "|inspectors?)|we|i|it is) (?:would |also |strongly )*recommend(?:s|ed)? that\\b", Pattern.CASE_INSENSITIVE);
    /** A sentence that names recommendations or priorities. */
    static final Pattern NAMES_RECOMMENDATIONS = Pattern.compile("\\b(?:recommend\\w*|suggestions"
            + "|suggested next steps|areas for (?:initial )?exploration|(?:key|main|top|agreed) priorities"
            + "|prioriti[sz](?:ation|ed)|priorities (?:for|from|identified|agreed))", Pattern.CASE_INSENSITIVE);
    /**
     * Recommendations made before this review, whose progress a report gives ("Progress on last year's
     * recommendations", "2019–20 recommendation"): not this review's answers.
     */
    static final Pattern EARLIER_RECOMMENDATIONS = Pattern.compile("\\b(?:last year'?s|previous|earlier|prior"
            + "|(?:19|20)\\d\\d[–/-]\\d\\d(?:\\d\\d)?) recommendations?\\b", Pattern.CASE_INSENSITIVE);
    /** "You identified the following ...": after a workshop, what the council will take forward. */
    static final Pattern RECOMMENDATIONS_LEAD_IN = Pattern.compile("\\b(?:recommend\\w*|identified the "
            + "following|following (?:areas|issues|priorities|actions) (?:were|have been) (?:identified|agreed)"
            + "|areas for (?:initial )?exploration|key priorities|priorities (?:for|from|identified|agreed))\\b",
            Pattern.CASE_INSENSITIVE);
    /** "Line of enquiry 2: How well ...?" followed by what the team found. */
    static final Pattern ENQUIRY_WITH_ANSWER = Pattern.compile("^(?:key )?(?:line of (?:enquiry|inquiry)"
            + "|kloe|question)\\s*\\d{0,2}\\s*[:.)\\-–]\\s*(.{10,})$", Pattern.CASE_INSENSITIVE);
    /** A paragraph that reports what the review found and what needs to change. */
    static final Pattern REVIEW_FOUND = Pattern.compile("^(?:the|our) (?:peer )?(?:review|review team|team"
            + "|peer team|reviewers?|peer reviewers?) (?:determined|found|concluded|identified|noted|felt|considered"
            + "|observed) that\\b", Pattern.CASE_INSENSITIVE);
    static final Pattern NEED = Pattern.compile("\\b(?:there is a need|(?:is|are) a need|needs? to be"
            + "|needs to|should|must)\\b", Pattern.CASE_INSENSITIVE);
    /** "As noted above, ..." opens a section by pointing back at what came before: framing, not a finding. */
    static final Pattern FRAMING = Pattern.compile("^As (?:noted|mentioned|set out|described|stated"
            + "|outlined) (?:above|earlier|previously)\\b", Pattern.CASE_INSENSITIVE);
    /** A sentence that introduces the list after it, rather than one that only mentions such things. */
    static final Pattern INTRODUCES = Pattern.compile("(?::-?\\s*$|\\bthe following\\b|\\bbelow\\b"
            + "|\\bas follows\\b|\\binclud(?:e|es|ed|ing)\\b)", Pattern.CASE_INSENSITIVE);
    /** "That the committee notes ...": what a council report asks its committee to resolve, not a recommendation. */
    static final Pattern RESOLUTION = Pattern.compile("^That (?:the )?(?:committee|members|cabinet(?! member)|board"
            + "|council|panel|scrutiny)\\b", Pattern.CASE_INSENSITIVE);
    /** "Appendix A:", "Annex 1 –" before an appendix's own heading ("Appendix A: Key messages"). */
    static final Pattern APPENDIX_PREFIX = Pattern.compile("^(?:appendix|annex)\\s+[\\w.]{1,4}\\s*[:.–—-]\\s*",
            Pattern.CASE_INSENSITIVE);
    /** A heading over the whole letter's summary or findings, which no theme is named after. */
    static final Pattern SUMMARY_HEADING = Pattern.compile("^(?:executive |overall )?(?:summary|overview"
            + "|(?:key |main |detailed |headline )?findings|summary of (?:the )?(?:key )?findings|headlines?"
            + "|headline messages|conclusions?|at a glance|overall)(?: at a glance| in brief)?$",
            Pattern.CASE_INSENSITIVE);
    /**
     * An inspection grade beside a judgement area ("Requires improvement to be good"): the judgements an
     * inspection grades are the themes its findings follow.
     */
    static final Pattern GRADE = Pattern.compile("^(?:" + GRADES + ")[\\s.]*$",
            Pattern.CASE_INSENSITIVE);
    /** A judgement area and its grade opening a heading or paragraph: "The experiences of children in care: good". */
    static final Pattern GRADED_AREA = Pattern.compile("^(.{10,140}?):\\s*(?:" + GRADES + ")\\b",
            Pattern.CASE_INSENSITIVE);
    /** The row of a judgements table that grades the whole service, not one area of it. */
    static final Pattern OVERALL_JUDGEMENT = Pattern.compile("^(?:overall (?:effectiveness|judgement|grade)"
            + "|judgements?|grades?|overall)[\\s:]*$", Pattern.CASE_INSENSITIVE);
    /** How a letter closes: after it, nothing is a finding. */
    static final Pattern CLOSING = Pattern.compile("^(?:(?:I|We) (?:hope|trust|look forward|would like to thank)"
            + "|Yours (?:sincerely|faithfully|truly)|(?:Kind|Best|Warm) regards)\\b", Pattern.CASE_INSENSITIVE);

    private LetterVocabulary() {
    }
}
