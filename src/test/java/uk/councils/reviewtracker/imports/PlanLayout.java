package uk.councils.reviewtracker.imports;

import java.util.List;
import java.util.zip.CRC32;
import uk.councils.reviewtracker.actions.ActionStatus;
import uk.councils.reviewtracker.actions.TargetDate;

/**
 * One way a council lays out its improvement plan: the file, and the rows a person reading it would take out of
 * it. Its split (development or held-out) follows from a hash of its name alone, fixed before any tuning.
 */
record PlanLayout(String name, String fileName, byte[] content, List<Recommendation> expected) {

    enum Split {
        DEVELOPMENT,
        HELD_OUT
    }

    /** CRC32 of the name: even is development, odd is held out. */
    Split split() {
        CRC32 crc = new CRC32();
        crc.update(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return crc.getValue() % 2 == 0 ? Split.DEVELOPMENT : Split.HELD_OUT;
    }

    static Recommendation recommendation(String ref, String text, Action... actions) {
        return new Recommendation(ref, text, null, List.of(actions));
    }

    static Action action(String text) {
        return new Action(text);
    }

    /** What the plan says about one recommendation. */
    record Recommendation(String ref, String text, String group, List<Action> actions) {

        Recommendation inGroup(String heading) {
            return new Recommendation(ref, text, heading, actions);
        }
    }

    /** What the plan says about one action; a null field is one the plan leaves empty. */
    static final class Action {
        final String text;
        String lead;
        String agency;
        TargetDate target;
        String timescale;
        ActionStatus status;
        String measure;
        String outcome;
        String note;

        private Action(String text) {
            this.text = text;
        }

        Action lead(String value) {
            lead = value;
            return this;
        }

        Action agency(String value) {
            agency = value;
            return this;
        }

        Action target(TargetDate value) {
            target = value;
            return this;
        }

        Action timescale(String value) {
            timescale = value;
            return this;
        }

        Action status(ActionStatus value) {
            status = value;
            return this;
        }

        Action measure(String value) {
            measure = value;
            return this;
        }

        Action outcome(String value) {
            outcome = value;
            return this;
        }

        Action note(String value) {
            note = value;
            return this;
        }
    }
}
