package uk.councils.reviewtracker.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Benchmark, not a test: starts the application on PostgreSQL on port 8094, loads a council-scale dataset
 * ({@link Scale#COUNCIL}), signs in 8 officers over loopback and drives each page with them concurrently, then
 * prints p50/p95 latency, throughput (also as a ratio to the sign-in page's, measured in the same run), the SQL
 * statements each request runs (on the full dataset and on a tenth of it, to show they do not grow with the data)
 * and the heap after the load. Run it with {@code ./mvnw -Pbenchmark test}, which gives the JVM a 512 MB heap;
 * see the README. It empties the benchmark database ({@code BENCHMARK_DATABASE_URL}) first.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT, properties = {
        "server.port=" + CouncilScaleBenchmark.PORT, "app.demo-data=never", "spring.main.banner-mode=off",
        "logging.level.root=WARN"})
@Import(StatementCounter.class)
class CouncilScaleBenchmark {

    static final int PORT = 8094;

    private static final String URL = env("BENCHMARK_DATABASE_URL",
            "jdbc:postgresql://127.0.0.1:5432/reviewtracker_perf");
    private static final String USERNAME = env("BENCHMARK_DATABASE_USERNAME", "reviewtracker");
    private static final String PASSWORD = env("BENCHMARK_DATABASE_PASSWORD", "reviewtracker");
    private static final int CLIENTS = 8;
    private static final int REQUESTS = Integer.getInteger("benchmark.requests", 400);
    private static final int WARM_UPS = Integer.getInteger("benchmark.warmUps", 200);
    private static final Duration PAGE_LIMIT = Duration.ofSeconds(Long.getLong("benchmark.pageSeconds", 60));
    private static final List<Page> PAGES = pages(System.getProperty("benchmark.pages", ""));
    private static final int UPDATABLE_ACTIONS = 25;
    private static final int BIG_PLAN_REQUESTS = Integer.getInteger("benchmark.bigPlanRequests", 200);
    private static final int BIG_PLAN_WARM_UPS = Integer.getInteger("benchmark.bigPlanWarmUps", 40);
    private static final Duration BIG_PLAN_LIMIT = Duration.ofSeconds(Long.getLong("benchmark.bigPlanSeconds", 15));
    /** The tabs of My actions: all open (no group), then each group. */
    private static final List<String> BIG_PLAN_TABS = Arrays.stream(System.getProperty("benchmark.bigPlanTabs",
            "ALL,BEHIND_SCHEDULE,AT_RISK,NOT_STARTED,ON_SCHEDULE,COMPLETE").split(",")).map(String::strip)
            .map(tab -> tab.equals("ALL") ? "" : tab).toList();
    private static final String OPEN_TO_OFFICERS = "('NOT_STARTED', 'IN_PROGRESS', 'BEHIND_SCHEDULE')";
    /** Pages not timed whose SQL is counted too, as a manager, on the first measured review. */
    private static final List<String> OTHER_PAGES = List.of("/reviews", "/reviews/{review}/plan",
            "/actions/{action}", "/actions/{action}/progress", "/dashboard/reviews/{review}/actions?rag=BEHIND_SCHEDULE",
            "/reviews/{review}/briefings", "/briefings/{briefing}", "/reviews/{review}/plan.csv");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        CouncilScaleData.requireBenchmarkDatabase(URL);
        registry.add("spring.datasource.url", () -> URL);
        registry.add("spring.datasource.username", () -> USERNAME);
        registry.add("spring.datasource.password", () -> PASSWORD);
    }

    @Autowired
    EntityManagerFactory entityManagerFactory;
    @Autowired
    DataSource dataSource;
    @Autowired
    Clock clock;

    @Test
    void councilScale() {
        com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
        Map<Page, SqlCount> small = sqlPerRequest(Scale.TENTH);
        Map<String, Long> otherSmall = sqlOfOtherPages();
        List<Visitor> visitors = load(Scale.COUNCIL, CLIENTS);
        Map<String, Long> otherFull = sqlOfOtherPages();
        for (Page page : PAGES) {
            time(page, visitors, WARM_UPS);
        }
        Map<Page, SqlCount> full = countSql(visitors.get(0));
        String loadBefore = loadAverage();
        Map<Page, Timing> timings = new EnumMap<>(Page.class);
        long gcCount = gcCount();
        long gcMillis = gcMillis();
        for (Page page : PAGES) {
            timings.put(page, time(page, visitors, REQUESTS));
        }
        String loadAfter = loadAverage();
        String report = report(timings, small, full, loadBefore, loadAfter, gcCount() - gcCount,
                gcMillis() - gcMillis) + otherPages(otherSmall, otherFull) + bigPlan();
        System.out.println(report);
        write(report);
        assertThat(timings.values()).allSatisfy(timing -> assertThat(timing.errors()).isZero());
        assertThat(report).doesNotContain(" errors)");
    }

    /**
     * Adds one review with a 15,000-action plan ({@link CouncilScaleData#BIG_PLAN}) after the other pages are
     * timed, so that their figures stay comparable, and times its lead's My actions (every tab, its first page and
     * its middle page) and the review's dashboard, with 8 clients signed in as that lead.
     */
    private String bigPlan() {
        long start = System.nanoTime();
        long review = CouncilScaleData.addBigPlan(URL, USERNAME, PASSWORD, clock);
        System.out.printf("BENCHMARK added %s in %d ms%n", CouncilScaleData.BIG_PLAN,
                (System.nanoTime() - start) / 1_000_000);
        List<BenchmarkClient> leads = IntStream.range(0, CLIENTS)
                .mapToObj(i -> client().signIn(CouncilScaleData.PLAN_LEAD, CouncilScaleData.PASSWORD)).toList();
        List<String[]> requests = new ArrayList<>();
        for (String tab : BIG_PLAN_TABS) {
            String first = tab.isEmpty() ? "/my-actions" : "/my-actions?rag=" + tab;
            int pages = lastPage(leads.get(0).get(first).html());
            String name = "My actions, " + (tab.isEmpty() ? "all open" : tab.toLowerCase(java.util.Locale.UK)
                    .replace('_', ' '));
            requests.add(new String[] {name + ", page 1 of " + pages, first});
            String later = (tab.isEmpty() ? "/my-actions?page=" : first + "&page=") + (pages / 2 + 1);
            requests.add(new String[] {name + ", page " + (pages / 2 + 1) + " of " + pages, later});
        }
        requests.add(new String[] {"Review dashboard", "/dashboard/reviews/" + review});
        StringBuilder table = new StringBuilder(String.format("%n%s, review %d; 8 clients signed in as its lead, %s "
                + "(%s actions led)%n%n| Page | Request | Requests | p50 ms | p95 ms | Alone ms "
                + "| JVM CPU ms per request | SQL statements per request | Entities loaded per request |%n"
                + "|---|---|--:|--:|--:|--:|--:|--:|--:|%n", CouncilScaleData.BIG_PLAN, review,
                CouncilScaleData.PLAN_LEAD, new JdbcTemplate(dataSource).queryForObject("SELECT count(*) FROM "
                        + "improvement_action a JOIN app_user u ON u.id = a.lead_officer_id WHERE u.username = ?",
                        Long.class, CouncilScaleData.PLAN_LEAD)));
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        for (String[] request : requests) {
            String path = request[1];
            List<Visitor> visitors = leads.stream().map(lead -> Visitor.fixed(lead, path)).toList();
            time(Page.MY_ACTIONS, visitors, BIG_PLAN_WARM_UPS, BIG_PLAN_LIMIT);
            statistics.setStatisticsEnabled(true);
            long[] nanos = new long[3];
            long statements = 0;
            long entities = 0;
            for (int i = 0; i < nanos.length; i++) {
                statistics.clear();
                StatementCounter.reset();
                BenchmarkClient.Response response = leads.get(0).get(path);
                nanos[i] = response.nanos();
                statements = Math.max(statements, StatementCounter.count());
                entities = Math.max(entities, statistics.getEntityLoadCount());
            }
            statistics.setStatisticsEnabled(false);
            Arrays.sort(nanos);
            Timing timing = time(Page.MY_ACTIONS, visitors, BIG_PLAN_REQUESTS, BIG_PLAN_LIMIT);
            String row = String.format("| %s | `GET %s` | %d%s | %.0f | %.0f | %.0f | %.1f | %d | %d |%n", request[0],
                    path, timing.requests(), timing.errors() == 0 ? "" : " (" + timing.errors() + " errors)",
                    timing.p50(), timing.p95(), nanos[nanos.length / 2] / 1e6, timing.cpuMillisPerRequest(),
                    statements, entities);
            System.out.print("BENCHMARK " + row);
            table.append(row);
        }
        return table.append(String.format("%nLoad average (1, 5, 15 min) after the big plan: %s.%n", loadAverage()))
                .toString();
    }

    /** The highest page number a page links to (1 when it has no pagination). */
    private static int lastPage(String html) {
        java.util.regex.Matcher links = java.util.regex.Pattern.compile("[?&;]page=(\\d+)").matcher(html);
        int last = 1;
        while (links.find()) {
            last = Math.max(last, Integer.parseInt(links.group(1)));
        }
        return last;
    }

    private Map<Page, SqlCount> sqlPerRequest(Scale scale) {
        return countSql(load(scale, 1).get(0));
    }

    /** Loads the dataset, then signs in the clients and prepares what they will ask for. */
    private List<Visitor> load(Scale scale, int clients) {
        long start = System.nanoTime();
        CouncilScaleData.load(URL, USERNAME, PASSWORD, scale, clock);
        System.out.printf("BENCHMARK loaded %s in %d ms%n", scale, (System.nanoTime() - start) / 1_000_000);
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        List<Long> reviews = measuredReviews(jdbc);
        List<Long> briefings = briefings(reviews);
        List<Visitor> visitors = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            String officer = String.format("officer%03d", c + 1);
            List<Long> actions = jdbc.queryForList("SELECT a.id FROM improvement_action a JOIN app_user u "
                    + "ON u.id = a.lead_officer_id WHERE u.username = ? AND a.status IN " + OPEN_TO_OFFICERS
                    + " ORDER BY a.id LIMIT " + UPDATABLE_ACTIONS, Long.class, officer);
            visitors.add(new Visitor(client().signIn(officer, CouncilScaleData.PASSWORD), client(), reviews, briefings,
                    actions, c).openUpdateForms());
        }
        System.out.printf("BENCHMARK measured reviews %s with %s actions; officers %s lead %s actions%n", reviews,
                jdbc.queryForList("SELECT count(a.id) FROM recommendation r JOIN improvement_action a "
                        + "ON a.recommendation_id = r.id WHERE r.review_id IN (" + ids(reviews) + ") "
                        + "GROUP BY r.review_id ORDER BY r.review_id", Long.class),
                "officer001-" + String.format("officer%03d", clients),
                jdbc.queryForList("SELECT count(*) FROM improvement_action a JOIN app_user u "
                        + "ON u.id = a.lead_officer_id WHERE u.username BETWEEN 'officer001' AND ? "
                        + "GROUP BY u.username ORDER BY u.username", Long.class,
                        String.format("officer%03d", clients)));
        return visitors;
    }

    /** Up to eight reviews that are not closed, spread over the portfolio. */
    private static List<Long> measuredReviews(JdbcTemplate jdbc) {
        List<Long> open = jdbc.queryForList("SELECT id FROM review WHERE status <> 'CLOSED' ORDER BY id", Long.class);
        int count = Math.min(CLIENTS, open.size());
        return IntStream.range(0, count).mapToObj(i -> open.get(i * open.size() / count)).toList();
    }

    /**
     * One progress-update briefing for each measured review, created and issued by a manager as the pages do
     * (officers read issued briefings only).
     */
    private static List<Long> briefings(List<Long> reviews) {
        BenchmarkClient manager = client().signIn("manager001", CouncilScaleData.PASSWORD);
        List<Long> briefings = new ArrayList<>();
        for (Long review : reviews) {
            manager.get("/reviews/" + review + "/briefings/new");
            BenchmarkClient.Response created = manager.post("/reviews/" + review + "/briefings", Map.of(
                    "template", "PROGRESS_UPDATE", "meetingName", "Children's Scrutiny Committee",
                    "meetingDate", "2026-12-01", "author", "Benchmark Manager"));
            String location = created.header("Location");
            if (created.status() != 302 || location == null || !location.matches(".*/briefings/\\d+$")) {
                throw new IllegalStateException("Could not create a briefing for review " + review + ": "
                        + created.status());
            }
            Long briefing = Long.valueOf(location.replaceFirst(".*/", ""));
            manager.get("/briefings/" + briefing);
            BenchmarkClient.Response issued = manager.post("/briefings/" + briefing + "/issue", Map.of());
            if (issued.status() != 302) {
                throw new IllegalStateException("Could not issue briefing " + briefing + ": " + issued.status());
            }
            briefings.add(briefing);
        }
        return briefings;
    }

    /**
     * Statements (all the SQL the application prepares, see {@link StatementCounter}) and entities loaded (from
     * Hibernate's statistics) of single requests one after another: the largest over the measured reviews.
     */
    private Map<Page, SqlCount> countSql(Visitor visitor) {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        Map<Page, SqlCount> counts = new EnumMap<>(Page.class);
        for (Page page : PAGES) {
            long statements = 0;
            long entities = 0;
            long[] nanos = new long[CLIENTS];
            for (int i = 0; i < CLIENTS; i++) {
                statistics.clear();
                StatementCounter.reset();
                BenchmarkClient.Response response = visitor.visit(page);
                if (response.status() != page.expectedStatus()) {
                    throw new IllegalStateException(page + " answered " + response.status());
                }
                statements = Math.max(statements, StatementCounter.count());
                entities = Math.max(entities, statistics.getEntityLoadCount());
                nanos[i] = response.nanos();
            }
            Arrays.sort(nanos);
            counts.put(page, new SqlCount(statements, entities, nanos[CLIENTS / 2] / 1e6));
        }
        statistics.setStatisticsEnabled(false);
        return counts;
    }

    /** The statements of one request to each of the other pages, as a manager. */
    private Map<String, Long> sqlOfOtherPages() {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        Long review = measuredReviews(jdbc).get(0);
        Long action = jdbc.queryForObject("SELECT min(a.id) FROM improvement_action a JOIN recommendation r "
                + "ON r.id = a.recommendation_id WHERE r.review_id = ?", Long.class, review);
        Long briefing = jdbc.queryForObject("SELECT max(id) FROM briefing WHERE review_id = ?", Long.class, review);
        BenchmarkClient manager = client().signIn("manager001", CouncilScaleData.PASSWORD);
        Map<String, Long> counts = new java.util.LinkedHashMap<>();
        for (String page : OTHER_PAGES) {
            String path = page.replace("{review}", review.toString()).replace("{action}", action.toString())
                    .replace("{briefing}", briefing.toString());
            StatementCounter.reset();
            BenchmarkClient.Response response = manager.get(path);
            if (response.status() != 200) {
                throw new IllegalStateException(path + " answered " + response.status());
            }
            counts.put(page, StatementCounter.count());
        }
        return counts;
    }

    private static String otherPages(Map<String, Long> small, Map<String, Long> full) {
        StringBuilder table = new StringBuilder(String.format("%nOther pages, not timed (one request as a manager)"
                + "%n%n| Page | SQL statements per request (a tenth / full) |%n|---|--:|%n"));
        small.forEach((page, count) -> table.append(String.format("| `GET %s` | %d / %d |%n", page, count,
                full.get(page))));
        return table.toString();
    }

    /** The clients ask for the page together until {@code requests} have been sent or the time is up. */
    private static Timing time(Page page, List<Visitor> visitors, int requests) {
        return time(page, visitors, requests, PAGE_LIMIT);
    }

    private static Timing time(Page page, List<Visitor> visitors, int requests, Duration limit) {
        System.out.printf("BENCHMARK %s: %d requests from %s%n", page.title(), requests, java.time.LocalTime.now());
        AtomicInteger issued = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        ConcurrentLinkedQueue<Long> nanos = new ConcurrentLinkedQueue<>();
        long cpu = processCpuNanos();
        long start = System.nanoTime();
        long deadline = start + limit.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(visitors.size());
        try {
            List<Future<?>> running = new ArrayList<>();
            for (Visitor visitor : visitors) {
                running.add(pool.submit(() -> {
                    while (issued.getAndIncrement() < requests && System.nanoTime() < deadline) {
                        BenchmarkClient.Response response = visitor.visit(page);
                        nanos.add(response.nanos());
                        if (response.status() != page.expectedStatus()) {
                            errors.incrementAndGet();
                        }
                    }
                }));
            }
            for (Future<?> client : running) {
                client.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(page + " failed", e.getCause());
        } finally {
            pool.shutdown();
        }
        return Timing.of(nanos, errors.get(), System.nanoTime() - start, processCpuNanos() - cpu);
    }

    /** CPU time of this JVM (the application and the clients), which other processes' load hardly changes. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private String report(Map<Page, Timing> timings, Map<Page, SqlCount> small, Map<Page, SqlCount> full,
                          String loadBefore, String loadAfter, long collections, long collectionMillis) {
        double signIn = timings.get(Page.SIGN_IN).throughput();
        StringBuilder report = new StringBuilder(String.format("%nBENCHMARK %s; %d concurrent clients over loopback, "
                + "%d cores, max heap %d MB%n%n", Scale.COUNCIL, CLIENTS, Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() / (1024 * 1024)));
        report.append("| Page | Request | Requests | p50 ms | p95 ms | Throughput req/s | Ratio to sign-in "
                + "| Alone ms | JVM CPU ms per request | SQL statements per request (a tenth / full) "
                + "| Entities loaded per request (a tenth / full) |\n");
        report.append("|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|\n");
        for (Page page : PAGES) {
            Timing timing = timings.get(page);
            report.append(String.format("| %s | `%s` | %d%s | %.0f | %.0f | %.1f | %.2f | %.0f | %.1f | %d / %d "
                            + "| %d / %d |%n",
                    page.title(), page.request(), timing.requests(),
                    timing.errors() == 0 ? "" : " (" + timing.errors() + " errors)", timing.p50(), timing.p95(),
                    timing.throughput(), timing.throughput() / signIn, full.get(page).aloneMillis(),
                    timing.cpuMillisPerRequest(),
                    small.get(page).statements(),
                    full.get(page).statements(), small.get(page).entities(), full.get(page).entities()));
        }
        long usedAfterLoad = usedHeap();
        System.gc();
        report.append(String.format("%nHeap after the load: %d MB used, %d MB after a full GC (max %d MB); %d GCs "
                        + "taking %d ms during the timed runs.%nLoad average (1, 5, 15 min): %s before the timed "
                        + "runs, %s after.%n", usedAfterLoad, usedHeap(),
                Runtime.getRuntime().maxMemory() / (1024 * 1024), collections, collectionMillis, loadBefore,
                loadAfter));
        return report.toString();
    }

    private static long usedHeap() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024);
    }

    private static long gcCount() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionCount).sum();
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
    }

    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return String.join(" ", Arrays.copyOf(fields, 3));
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static void write(String report) {
        try {
            Path file = Path.of("target", "benchmark", "council-scale.md");
            Files.createDirectories(file.getParent());
            Files.writeString(file, report);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BenchmarkClient client() {
        return new BenchmarkClient("http://127.0.0.1:" + PORT);
    }

    private static String ids(List<Long> ids) {
        return String.join(", ", ids.stream().map(String::valueOf).toList());
    }

    /** The pages named in {@code benchmark.pages} (all if none), always with the sign-in page to compare with. */
    private static List<Page> pages(String names) {
        if (names.isBlank()) {
            return List.of(Page.values());
        }
        List<String> chosen = Arrays.stream(names.split(",")).map(String::strip).toList();
        return Arrays.stream(Page.values()).filter(page -> page == Page.SIGN_IN || chosen.contains(page.name()))
                .toList();
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    /** What single requests, one after another, cost: statements, entities loaded and the median time. */
    record SqlCount(long statements, long entities, double aloneMillis) {
    }

    /** The latencies of one page's run, and how many requests per second it served. */
    record Timing(long[] sortedNanos, int errors, long elapsedNanos, long cpuNanos) {

        static Timing of(ConcurrentLinkedQueue<Long> nanos, int errors, long elapsedNanos, long cpuNanos) {
            return new Timing(nanos.stream().mapToLong(Long::longValue).sorted().toArray(), errors, elapsedNanos,
                    cpuNanos);
        }

        double cpuMillisPerRequest() {
            return cpuNanos / 1e6 / Math.max(1, requests());
        }

        int requests() {
            return sortedNanos.length;
        }

        double p50() {
            return percentile(0.50);
        }

        double p95() {
            return percentile(0.95);
        }

        double throughput() {
            return requests() * 1e9 / elapsedNanos;
        }

        /** Nearest rank, in milliseconds. */
        private double percentile(double share) {
            int rank = (int) Math.ceil(share * sortedNanos.length);
            return sortedNanos[Math.max(0, rank - 1)] / 1e6;
        }
    }
}
