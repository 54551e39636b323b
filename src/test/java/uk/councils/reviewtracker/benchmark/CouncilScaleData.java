package uk.councils.reviewtracker.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.stream.IntStream;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Writes a council-scale dataset straight into PostgreSQL with JDBC batches, once Flyway has created the schema.
 * Deterministic: a fixed seed, with dates placed relative to today so that every RAG rating appears. Every audit
 * column is filled. It empties every table except the reference frameworks first, so it only runs on a database
 * whose name says it is for benchmarks.
 */
final class CouncilScaleData {

    static final String PASSWORD = "benchmark-password";
    static final String BY = "benchmark";

    private static final long SEED = 8;
    private static final int BATCH = 1_000;
    private static final String AUDIT = "created_at, created_by, modified_at, modified_by";
    private static final String[] AGENCIES = {"Children's Social Care", "Police", "Health", "Education",
        "Early Help", "Youth Justice", "Probation", "Housing"};
    private static final String[] PLACES = {"Ash", "Bramble", "Cole", "Dun", "Elm", "Fern", "Glen", "Hart", "Ivy",
        "Kings", "Lark", "Mill", "Nor", "Oak", "Pen", "Queens", "Rook", "Stan", "Thorn", "Wex"};
    private static final String[] PLACE_ENDINGS = {"ford", "bury", "field"};
    private static final String[] COUNCIL_KINDS = {"Borough Council", "County Council", "City Council",
        "Metropolitan Borough Council"};
    private static final String[] FIRST_NAMES = {"Amina", "Ben", "Chloe", "Dev", "Ella", "Femi", "Grace", "Harry",
        "Isla", "Jamal", "Kate", "Liam", "Maya", "Noah", "Olu", "Priya", "Quinn", "Rosa", "Sam", "Tom", "Uma",
        "Vik", "Wendy", "Xander", "Yusuf", "Zoe", "Aled", "Bryony", "Ciaran", "Deepa"};
    private static final String[] LAST_NAMES = {"Ahmed", "Brown", "Clarke", "Davies", "Evans", "Foster", "Green",
        "Hughes", "Iqbal", "Jones", "Khan", "Lewis", "Morgan", "Nowak", "Owen", "Patel", "Quayle", "Roberts",
        "Singh", "Taylor", "Usman", "Vaughan", "Walker", "Wright", "Young", "Zielinski", "Okafor", "Murphy",
        "Campbell", "Edwards"};
    private static final String[] RECOMMENDATIONS = {
        "Strengthen the multi-agency front door so that referrals are screened consistently and quickly",
        "Ensure that supervision of social workers is regular, reflective and recorded",
        "Develop a shared performance framework for the safeguarding partnership",
        "Improve the quality and timeliness of child protection plans and core group meetings",
        "Make sure that the voice of the child is heard and recorded in every assessment",
        "Review thresholds with partners and publish a shared understanding of levels of need",
        "Build a stable, permanent workforce and reduce the reliance on agency social workers",
        "Strengthen the response to children at risk of exploitation and children who go missing",
        "Ensure that learning from local and national case reviews is embedded in practice",
        "Improve the quality assurance of early help assessments and step-down arrangements"};
    private static final String[] ACTIONS = {
        "Audit a sample of %d referrals each quarter and report the findings to the partnership board",
        "Deliver training on %s to all frontline staff and managers",
        "Agree and publish a revised threshold document with partners covering %s",
        "Introduce monthly reflective supervision and audit its recording in %d case files",
        "Set up a multi-agency panel on %s with terms of reference agreed by the board",
        "Produce a quarterly performance report on %s for the scrutiny committee",
        "Recruit %d permanent social workers and reduce agency staff below 15%%",
        "Review the %s pathway with health, police and education colleagues"};
    private static final String[] TOPICS = {"neglect", "child exploitation", "domestic abuse", "missing children",
        "contextual safeguarding", "early help", "private fostering", "online harm", "the voice of the child",
        "transitions to adult services"};
    private static final String[] NOTES = {
        "Audit of %d cases completed; findings shared with team managers and an action log opened.",
        "Training delivered to %d of the planned sessions; the remaining sessions are booked.",
        "Draft circulated to partners for comment; sign-off expected at the next board meeting.",
        "Delayed by staffing pressures in the service; a recovery plan was agreed with the head of service.",
        "Task and finish group met %d times; terms of reference agreed and membership confirmed.",
        "Data for the quarter collated; %d%% of cases met the timescale, up from the previous quarter.",
        "Progress reported to the improvement board, which asked for an update at its next meeting.",
        "Partners have nominated leads; the first joint meeting took place with good attendance."};
    private static final String[] TIMESCALES = {"Immediate", "3 months", "6 months", "12 months", "Ongoing"};
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    /** One review whose plan is as large as the import allows, led (nearly all of it) by {@link #PLAN_LEAD}. */
    static final Scale BIG_PLAN = new Scale("one big plan", 1, 300, 15_000, 150_000, 1);
    static final String PLAN_LEAD = "planlead001";

    private final Scale scale;
    private final Random random = new Random(SEED);
    private final LocalDate today;
    private final Instant now;
    private final String passwordHash;
    private final Map<String, Long> ids = new LinkedHashMap<>();

    private CouncilScaleData(Scale scale, Clock clock, String passwordHash) {
        this.scale = scale;
        this.today = LocalDate.now(clock);
        this.now = clock.instant();
        this.passwordHash = passwordHash;
    }

    /** Empties the database (keeping the frameworks) and writes the dataset of that scale. */
    static void load(String url, String username, String password, Scale scale, Clock clock) {
        requireBenchmarkDatabase(url);
        Properties properties = new Properties();
        properties.setProperty("user", username);
        properties.setProperty("password", password);
        properties.setProperty("reWriteBatchedInserts", "true");
        String hash = new BCryptPasswordEncoder().encode(PASSWORD);
        try (Connection db = DriverManager.getConnection(url, properties)) {
            db.setAutoCommit(false);
            new CouncilScaleData(scale, clock, hash).write(db);
            db.commit();
            settle(db);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not load the " + scale.name() + " dataset", e);
        }
    }

    /**
     * VACUUM ANALYZE after a bulk load, as autovacuum does on a live database long before anyone reads the rows: it
     * marks the pages all-visible, which lets PostgreSQL answer My actions' counts from the index alone.
     */
    private static void settle(Connection db) throws SQLException {
        db.setAutoCommit(true);
        try (Statement statement = db.createStatement()) {
            statement.execute("VACUUM ANALYZE");
        }
    }

    /**
     * Adds {@link #BIG_PLAN} to the dataset already written, without emptying anything: a new council, its review and
     * an officer, {@link #PLAN_LEAD}, who leads every action of the plan that has a named lead (19 in 20). Returns
     * the review's id.
     */
    static long addBigPlan(String url, String username, String password, Clock clock) {
        requireBenchmarkDatabase(url);
        Properties properties = new Properties();
        properties.setProperty("user", username);
        properties.setProperty("password", password);
        properties.setProperty("reWriteBatchedInserts", "true");
        try (Connection db = DriverManager.getConnection(url, properties)) {
            db.setAutoCommit(false);
            CouncilScaleData data = new CouncilScaleData(BIG_PLAN, clock, new BCryptPasswordEncoder().encode(PASSWORD));
            long review = data.appendBigPlan(db);
            db.commit();
            settle(db);
            return review;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not add the big plan", e);
        }
    }

    static void requireBenchmarkDatabase(String url) {
        String database = url.replaceFirst("[?;].*$", "").replaceFirst("^.*/", "");
        if (!database.contains("perf") && !database.contains("bench")) {
            throw new IllegalArgumentException("The generator empties the database first: it only runs on one whose "
                    + "name contains \"perf\" or \"bench\", not " + database);
        }
    }

    private void write(Connection db) throws SQLException {
        try (Statement statement = db.createStatement()) {
            statement.execute("TRUNCATE import_upload, snapshot_action, briefing_section, briefing, audit_event, "
                    + "progress_update, improvement_action, recommendation_finding, recommendation, finding, "
                    + "line_of_enquiry, review, organisation, digest_delivery, shedlock, app_user, agency "
                    + "RESTART IDENTITY");
        }
        Map<Long, List<Long>> themes = frameworkThemes(db);
        List<Long> agencies = agencies(db);
        List<Person> people = people(db, agencies);
        List<Person> leads = people.stream().filter(Person::leads).toList();
        new Plans(db, themes, leads, agencies, 0).write();
        try (Statement statement = db.createStatement()) {
            for (String table : ids.keySet()) {
                statement.execute("SELECT setval(pg_get_serial_sequence('" + table + "', 'id'), " + ids.get(table)
                        + ")");
            }
            statement.execute("ANALYZE");
        }
    }

    private long appendBigPlan(Connection db) throws SQLException {
        for (String table : List.of("organisation", "review", "line_of_enquiry", "finding", "recommendation",
                "improvement_action", "progress_update", "app_user")) {
            try (Statement statement = db.createStatement();
                 ResultSet max = statement.executeQuery("SELECT coalesce(max(id), 0) FROM " + table)) {
                max.next();
                ids.put(table, max.getLong(1));
            }
        }
        List<Long> agencies = new ArrayList<>();
        try (Statement statement = db.createStatement();
             ResultSet rows = statement.executeQuery("SELECT id FROM agency ORDER BY id")) {
            while (rows.next()) {
                agencies.add(rows.getLong(1));
            }
        }
        Person lead = new Person(next("app_user"), PLAN_LEAD, "Pat Planlead", "OFFICER", agencies.get(0));
        try (Batch users = new Batch(db, "app_user",
                "id, username, display_name, email, password_hash, role, agency_id, enabled")) {
            users.add(lead.id(), lead.username(), lead.name(), lead.username() + "@council.example", passwordHash,
                    lead.role(), lead.agency(), true, at(now), BY, at(now), BY);
        }
        long firstReview = ids.get("review") + 1;
        new Plans(db, frameworkThemes(db), List.of(lead), agencies, 40).write();
        try (Statement statement = db.createStatement()) {
            for (String table : ids.keySet()) {
                statement.execute("SELECT setval(pg_get_serial_sequence('" + table + "', 'id'), " + ids.get(table)
                        + ")");
            }
            statement.execute("ANALYZE");
        }
        return firstReview;
    }

    /** The themes of the three reference frameworks (the first migrations add them), whatever else was added. */
    private Map<Long, List<Long>> frameworkThemes(Connection db) throws SQLException {
        Map<Long, List<Long>> themes = new LinkedHashMap<>();
        try (Statement statement = db.createStatement();
             ResultSet rows = statement.executeQuery("SELECT framework_id, id FROM theme WHERE framework_id IN "
                     + "(SELECT id FROM framework ORDER BY id LIMIT 3) ORDER BY framework_id, position")) {
            while (rows.next()) {
                themes.computeIfAbsent(rows.getLong(1), id -> new ArrayList<>()).add(rows.getLong(2));
            }
        }
        return themes;
    }

    private List<Long> agencies(Connection db) throws SQLException {
        List<Long> agencies = new ArrayList<>();
        try (Batch batch = new Batch(db, "agency", "id, name")) {
            for (String name : AGENCIES) {
                long id = next("agency");
                batch.add(id, name, at(now), BY, at(now), BY);
                agencies.add(id);
            }
        }
        return agencies;
    }

    /** A few administrators and scrutiny members, managers, and officers (most of the users), spread over agencies. */
    private List<Person> people(Connection db, List<Long> agencies) throws SQLException {
        int admins = Math.max(1, scale.users() / 40);
        int scrutiny = Math.max(1, scale.users() * 15 / 200);
        int managers = Math.max(1, scale.users() * 30 / 200);
        List<Person> people = new ArrayList<>();
        try (Batch batch = new Batch(db, "app_user",
                "id, username, display_name, email, password_hash, role, agency_id, enabled")) {
            for (int i = 0; i < scale.users(); i++) {
                String role = i < admins ? "ADMIN" : i < admins + scrutiny ? "SCRUTINY"
                        : i < admins + scrutiny + managers ? "MANAGER" : "OFFICER";
                int number = switch (role) {
                    case "ADMIN" -> i + 1;
                    case "SCRUTINY" -> i - admins + 1;
                    case "MANAGER" -> i - admins - scrutiny + 1;
                    default -> i - admins - scrutiny - managers + 1;
                };
                String username = String.format("%s%03d", role.toLowerCase(Locale.UK), number);
                String name = FIRST_NAMES[i % FIRST_NAMES.length] + " " + LAST_NAMES[(i / 3 + i) % LAST_NAMES.length];
                Long agency = role.equals("SCRUTINY") || role.equals("ADMIN") ? null
                        : i % 3 == 0 ? agencies.get(0) : agencies.get(i % agencies.size());
                long id = next("app_user");
                batch.add(id, username, name, username + "@council.example", passwordHash, role, agency, true,
                        at(now), BY, at(now), BY);
                people.add(new Person(id, username, name, role, agency));
            }
        }
        return people;
    }

    /** Reviews with their findings, recommendations, actions and progress, written review by review. */
    private final class Plans {

        private final Connection db;
        private final Map<Long, List<Long>> themes;
        private final List<Long> frameworks;
        private final List<Person> leads;
        private final List<Long> agencies;
        private final int[] recommendationsPerReview;
        private final int[] actionsPerRecommendation;
        private final int[] updatesPerAction;
        private final int firstCouncil;
        private int recommendationIndex;
        private int actionIndex;

        /** {@code firstCouncil}: the index of the first council's name, so that councils added later are new ones. */
        Plans(Connection db, Map<Long, List<Long>> themes, List<Person> leads, List<Long> agencies, int firstCouncil) {
            this.db = db;
            this.firstCouncil = firstCouncil;
            this.themes = themes;
            this.frameworks = new ArrayList<>(themes.keySet());
            this.leads = leads;
            this.agencies = agencies;
            this.recommendationsPerReview = apportion(scale.recommendations(),
                    weights(scale.reviews(), 0.5, 1.5, 0));
            this.actionsPerRecommendation = apportion(scale.actions(), weights(scale.recommendations(), 0.3, 1.7, 0));
            this.updatesPerAction = apportion(scale.progressUpdates(), weights(scale.actions(), 0.2, 1.8, 0.1));
        }

        void write() throws SQLException {
            try (Batch organisations = new Batch(db, "organisation", "id, name");
                 Batch reviews = new Batch(db, "review", "id, organisation_id, framework_id, review_type, title, "
                         + "fieldwork_dates, fieldwork_start, fieldwork_end, letter_date, review_lead, "
                         + "review_lead_role, review_team, status, reporting_interval_weeks, version", organisations);
                 Batch lines = new Batch(db, "line_of_enquiry", "id, review_id, question, finding_summary, position",
                         reviews);
                 Batch findings = new Batch(db, "finding", "id, review_id, theme_id, kind, detail, heading, text, "
                         + "position", reviews);
                 Batch recommendations = new Batch(db, "recommendation", "id, review_id, ref, text, group_heading, "
                         + "source, position, response, response_date, response_by, response_rationale, version, "
                         + "theme_id", reviews);
                 Batch links = new Batch(db, "recommendation_finding", "recommendation_id, finding_id", false,
                         recommendations, findings);
                 Batch actions = new Batch(db, "improvement_action", "id, recommendation_id, text, outcome, "
                         + "success_measure, timescale, target_date, target_precision, original_target_date, "
                         + "lead_officer_id, lead_agency_id, status, last_progress_at, position, version, "
                         + "requested_target_date, requested_target_precision, requested_target_reason, "
                         + "requested_target_by, lead_name", recommendations);
                 Batch updates = new Batch(db, "progress_update", "id, action_id, old_status, new_status, note, "
                         + "author_name, recorded_at, evidence, old_target_date, new_target_date, target_reason", actions)) {
                int councils = Math.max(1, scale.reviews() * 4 / 5);
                long firstOrganisation = ids.getOrDefault("organisation", 0L) + 1;
                for (int c = firstCouncil; c < firstCouncil + councils; c++) {
                    organisations.add(next("organisation"), PLACES[c % PLACES.length]
                            + PLACE_ENDINGS[(c / PLACES.length) % PLACE_ENDINGS.length] + " "
                            + COUNCIL_KINDS[c % COUNCIL_KINDS.length], at(now), BY, at(now), BY);
                }
                for (int r = 0; r < scale.reviews(); r++) {
                    Review review = review(reviews, lines, r, firstOrganisation + r % councils);
                    List<long[]> detailed = findings(findings, review);
                    for (int k = 0; k < recommendationsPerReview[r]; k++) {
                        recommendation(recommendations, links, actions, updates, review, detailed, k,
                                recommendationsPerReview[r]);
                    }
                }
            }
        }

        private Review review(Batch reviews, Batch lines, int r, long organisation) throws SQLException {
            long id = next("review");
            Long framework = r % 10 == 4 ? null : frameworks.get(r % frameworks.size());
            LocalDate letter = today.minusDays(150 + random.nextInt(700));
            String status = r % 10 == 9 ? "CLOSED" : r % 16 == 7 ? "DRAFT" : "PUBLISHED";
            String type = new String[] {"PEER_REVIEW", "OFSTED_INSPECTION", "INDEPENDENT_REVIEW", "SELF_ASSESSMENT"}
                    [r % 4];
            Instant created = letter.atStartOfDay().toInstant(ZoneOffset.UTC).plus(Duration.ofDays(7));
            reviews.add(id, organisation, framework, type, "Children's safeguarding review " + (letter.getYear())
                    + " (" + (r + 1) + ")", "Fieldwork in " + letter.minusDays(45).format(MONTH),
                    letter.minusDays(49), letter.minusDays(45), letter, person(r), "Peer review lead",
                    "Lead peer, two practitioner peers and a partner peer", status, r % 5 == 0 ? 12 : 8, 0,
                    at(created), BY, at(created), BY);
            for (int position = 1; position <= 3; position++) {
                lines.add(next("line_of_enquiry"), id, "How well do partners understand and apply "
                        + TOPICS[(r + position) % TOPICS.length] + " thresholds?", "Partners' understanding is "
                        + (position == 1 ? "developing" : "variable") + "; see the findings under the themes.",
                        position, at(created), BY, at(created), BY);
            }
            return new Review(id, framework, letter, created);
        }

        /** Summary findings, then detailed ones under each theme; returns the detailed ones as (id, theme id). */
        private List<long[]> findings(Batch findings, Review review) throws SQLException {
            List<Long> reviewThemes = review.framework() == null ? List.of() : themes.get(review.framework());
            List<long[]> detailed = new ArrayList<>();
            int position = 0;
            for (int i = 0; i < 4; i++) {
                findings.add(next("finding"), review.id(), null, i % 2 == 0 ? "STRENGTH" : "AREA_FOR_CONSIDERATION",
                        "SUMMARY", null, finding(i % 2 == 0, i), ++position, at(review.created()), BY,
                        at(review.created()), BY);
            }
            int groups = reviewThemes.isEmpty() ? 4 : reviewThemes.size();
            for (int g = 0; g < groups; g++) {
                Long theme = reviewThemes.isEmpty() ? null : reviewThemes.get(g);
                for (int i = 0; i < 4; i++) {
                    long id = next("finding");
                    findings.add(id, review.id(), theme, i % 2 == 0 ? "STRENGTH" : "AREA_FOR_CONSIDERATION",
                            "DETAILED", theme == null ? "Heading " + (g + 1) : null, finding(i % 2 == 0, g * 4 + i),
                            ++position, at(review.created()), BY, at(review.created()), BY);
                    detailed.add(new long[] {id, theme == null ? 0 : theme});
                }
            }
            return detailed;
        }

        private void recommendation(Batch recommendations, Batch links, Batch actions, Batch updates, Review review,
                                    List<long[]> detailed, int k, int count) throws SQLException {
            long id = next("recommendation");
            int kind = random.nextInt(20);
            String response = kind < 14 ? "ACCEPTED" : kind < 17 ? "PARTIALLY_ACCEPTED" : kind < 19
                    ? "ACCEPTED_IN_PRINCIPLE" : null;
            long[] answered = detailed.get(random.nextInt(detailed.size()));
            Long theme = answered[1] != 0 && random.nextBoolean() ? answered[1] : null;
            recommendations.add(id, review.id(), "R" + (k + 1), RECOMMENDATIONS[(k + (int) review.id()) % 10]
                            + " (" + (k + 1) + ").", review.id() % 3 == 0 ? null : "Priority " + (1 + k * 3 / count),
                    null, k + 1, response, response == null ? null : review.letter().plusDays(35),
                    response == null ? null : "Cabinet", "PARTIALLY_ACCEPTED".equals(response)
                            ? "Accepted for children's services; partners will respond through the board." : null,
                    0, theme, at(review.created()), BY, at(review.created()), BY);
            links.add(id, answered[0]);
            long[] second = detailed.get(random.nextInt(detailed.size()));
            if (second[0] != answered[0] && random.nextBoolean()) {
                links.add(id, second[0]);
            }
            int actionCount = actionsPerRecommendation[recommendationIndex++];
            for (int position = 1; position <= actionCount; position++) {
                action(actions, updates, review, id, position);
            }
        }

        private void action(Batch actions, Batch updates, Review review, long recommendation, int position)
                throws SQLException {
            long id = next("improvement_action");
            int updateCount = updatesPerAction[actionIndex++];
            Instant created = review.created().plus(Duration.ofDays(14 + random.nextInt(30)));
            boolean month = random.nextInt(7) == 0;
            LocalDate target = today.plusDays(random.nextInt(500) - 200);
            if (month) {
                target = target.withDayOfMonth(target.lengthOfMonth());
            }
            Person lead = random.nextInt(20) == 0 ? null : leads.get(random.nextInt(leads.size()));
            Long agency = lead != null && lead.agency() != null ? lead.agency()
                    : agencies.get(random.nextInt(agencies.size()));
            String status = updateCount == 0 ? "NOT_STARTED" : finalStatus(target);
            LocalDate original = status.equals("RESCHEDULED") ? target.minusDays(60 + random.nextInt(90)) : null;
            List<Object[]> history = updateCount == 0 ? List.of() : history(id, lead, created, updateCount, status,
                    original, target);
            Instant last = history.isEmpty() ? null : ((OffsetDateTime) history.get(history.size() - 1)[6]).toInstant();
            boolean asks = !status.equals("COMPLETE") && random.nextInt(50) == 0 && lead != null;
            String wording = ACTIONS[random.nextInt(ACTIONS.length)];
            actions.add(id, recommendation, String.format(wording, wording.contains("%d") ? 10 + random.nextInt(40)
                            : TOPICS[random.nextInt(TOPICS.length)]),
                    "Children receive a consistent, timely response to " + TOPICS[random.nextInt(TOPICS.length)],
                    "Quarterly audit shows at least " + (70 + random.nextInt(25)) + "% of cases meet the standard",
                    random.nextInt(3) == 0 ? TIMESCALES[random.nextInt(TIMESCALES.length)] : null, target,
                    month ? "MONTH" : "DAY", original, lead == null ? null : lead.id(), agency, status,
                    last == null ? null : at(last), position, updateCount,
                    asks ? target.plusDays(90) : null, asks ? "DAY" : null,
                    asks ? "Waiting for partners' data before the audit can finish." : null,
                    asks ? lead.name() : null, lead == null ? "Designated nurse for safeguarding" : null,
                    at(created), BY, at(last == null ? created : last), lead == null ? BY : lead.username());
            for (Object[] update : history) {
                updates.add(update);
            }
        }

        /** Complete, behind or rescheduled more often when the target has passed. */
        private String finalStatus(LocalDate target) {
            int roll = random.nextInt(100);
            if (target.isBefore(today)) {
                return roll < 55 ? "COMPLETE" : roll < 85 ? "BEHIND_SCHEDULE" : roll < 95 ? "IN_PROGRESS"
                        : "RESCHEDULED";
            }
            return roll < 15 ? "COMPLETE" : roll < 83 ? "IN_PROGRESS" : roll < 91 ? "BEHIND_SCHEDULE"
                    : roll < 97 ? "RESCHEDULED" : "SUSPENDED";
        }

        /** The rows of the action's updates, oldest first, the last one bringing it to its status. */
        private List<Object[]> history(long action, Person lead, Instant created, int count, String status,
                                       LocalDate originalTarget, LocalDate target) {
            double quiet = random.nextDouble();
            Instant last = now.minus(Duration.ofHours((long) (quiet * quiet * 150 * 24)));
            if (!last.isAfter(created)) {
                last = created.plus(Duration.ofDays(1));
            }
            long span = Duration.between(created, last).toMinutes();
            long[] offsets = IntStream.range(0, count - 1).mapToLong(i -> (long) (random.nextDouble() * span))
                    .sorted().toArray();
            String author = lead == null ? "Benchmark Manager" : lead.name();
            String by = lead == null ? BY : lead.username();
            String previous = "NOT_STARTED";
            List<Object[]> rows = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                boolean isLast = i == count - 1;
                Instant at = isLast ? last : created.plus(Duration.ofMinutes(offsets[i] + 1));
                String next = isLast ? status : "IN_PROGRESS";
                boolean change = !next.equals(previous);
                String note = change || random.nextInt(100) < 85 ? note() : null;
                boolean rescheduled = isLast && next.equals("RESCHEDULED");
                rows.add(new Object[] {next("progress_update"), action, previous, next, note, author, at(at),
                        next.equals("COMPLETE") && change ? "Report to the partnership board, "
                                + LocalDate.ofInstant(at, ZoneOffset.UTC).format(MONTH) : null,
                        rescheduled ? originalTarget : null, rescheduled ? target : null,
                        rescheduled ? "Partners asked for more time to gather evidence." : null,
                        at(at), by, at(at), by});
                previous = next;
            }
            return rows;
        }

        private String note() {
            return String.format(NOTES[random.nextInt(NOTES.length)], 3 + random.nextInt(60));
        }

        private String finding(boolean strength, int n) {
            return (strength ? "Strength: " : "Area for consideration: ") + "practice on "
                    + TOPICS[n % TOPICS.length] + (strength ? " is well understood by partners and" : " is not yet")
                    + " consistently evidenced in case files (finding " + (n + 1) + ").";
        }

        private String person(int n) {
            return FIRST_NAMES[(n * 7) % FIRST_NAMES.length] + " " + LAST_NAMES[(n * 11) % LAST_NAMES.length];
        }
    }

    /** Random weights in [low, high), with a share of zeros: how unevenly things spread. */
    private double[] weights(int count, double low, double high, double zeroShare) {
        double[] weights = new double[count];
        for (int i = 0; i < count; i++) {
            weights[i] = random.nextDouble() < zeroShare ? 0 : low + random.nextDouble() * (high - low);
        }
        return weights;
    }

    /** Splits {@code total} in proportion to the weights, whole numbers that add up exactly (largest remainder). */
    static int[] apportion(int total, double[] weights) {
        double sum = Arrays.stream(weights).sum();
        int[] counts = new int[weights.length];
        double[] remainders = new double[weights.length];
        int given = 0;
        for (int i = 0; i < weights.length; i++) {
            double exact = total * weights[i] / sum;
            counts[i] = (int) exact;
            remainders[i] = exact - counts[i];
            given += counts[i];
        }
        Integer[] order = IntStream.range(0, weights.length).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> remainders[i]).reversed()).toArray(Integer[]::new);
        for (int i = 0; i < total - given; i++) {
            counts[order[i]]++;
        }
        return counts;
    }

    private long next(String table) {
        return ids.merge(table, 1L, Long::sum);
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private record Person(long id, String username, String name, String role, Long agency) {
        boolean leads() {
            return role.equals("OFFICER") || role.equals("MANAGER");
        }
    }

    private record Review(long id, Long framework, LocalDate letter, Instant created) {
    }

    /**
     * A batched INSERT into one table, its audit columns last unless told otherwise. Before it writes, it writes
     * the batches of the tables it refers to, so foreign keys always find their rows.
     */
    private static final class Batch implements AutoCloseable {

        private final PreparedStatement statement;
        private final Batch[] parents;
        private int pending;

        Batch(Connection db, String table, String columns, Batch... parents) throws SQLException {
            this(db, table, columns, true, parents);
        }

        Batch(Connection db, String table, String columns, boolean audited, Batch... parents) throws SQLException {
            String all = audited ? columns + ", " + AUDIT : columns;
            String marks = String.join(", ", java.util.Collections.nCopies(all.split(",").length, "?"));
            this.statement = db.prepareStatement("INSERT INTO " + table + " (" + all + ") VALUES (" + marks + ")");
            this.parents = parents;
        }

        void add(Object... values) throws SQLException {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.addBatch();
            if (++pending == BATCH) {
                flush();
            }
        }

        void flush() throws SQLException {
            for (Batch parent : parents) {
                parent.flush();
            }
            if (pending > 0) {
                statement.executeBatch();
                pending = 0;
            }
        }

        @Override
        public void close() throws SQLException {
            flush();
            statement.close();
        }
    }
}
