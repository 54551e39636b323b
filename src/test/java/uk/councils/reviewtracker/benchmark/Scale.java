package uk.councils.reviewtracker.benchmark;

/**
 * How much data the generator writes: a council's whole portfolio, or a tenth of its plans (over fewer reviews, for
 * the same people) so that every page shows less and what grows with the data stands out.
 */
record Scale(String name, int reviews, int recommendations, int actions, int progressUpdates, int users) {

    static final Scale COUNCIL = new Scale("council scale", 50, 1_500, 10_000, 100_000, 200);
    static final Scale TENTH = new Scale("a tenth", 10, 150, 1_000, 10_000, 200);

    @Override
    public String toString() {
        return String.format("%s: %,d reviews, %,d recommendations, %,d actions, %,d progress updates, %,d users",
                name, reviews, recommendations, actions, progressUpdates, users);
    }
}
