package uk.councils.reviewtracker.letters;

import java.util.Optional;

/**
 * The kind of section a heading opens, told from what it means rather than from its words. The reader asks only
 * when {@link LetterVocabulary}'s phrases recognise nothing: the rules stay first.
 */
@FunctionalInterface
interface HeadingMeaning {

    /** Rules only: no heading's meaning is guessed. */
    HeadingMeaning NONE = heading -> Optional.empty();

    Optional<SectionKind> kindOf(String heading);
}
