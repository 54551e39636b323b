package uk.councils.reviewtracker.imports;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import uk.councils.reviewtracker.common.AuditedEntity;
import uk.councils.reviewtracker.reviews.Review;

/**
 * An uploaded plan waiting for its preview to be checked. Kept in the database (not one server's memory) so that
 * any instance can show the preview and confirm it; once imported, only what the import did is kept, until
 * abandoned uploads are purged.
 */
@Entity
public class ImportUpload extends AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Review review;

    @Column(nullable = false, length = 300)
    private String fileName;

    @Column(nullable = false)
    private byte[] content;

    /** The manager's own choices of what columns hold: "3=LEAD,5=IGNORE". */
    @Column(length = 2000)
    private String columnMap;

    /** Once confirmed: when, and what the import did (the file itself is then dropped). */
    private Instant importedAt;
    private Integer recommendationsCreated;
    private Integer actionsCreated;
    private Integer actionsUpdated;
    private Integer actionsUnchanged;

    protected ImportUpload() {
    }

    ImportUpload(Review review, String fileName, byte[] content) {
        this.review = review;
        this.fileName = fileName;
        this.content = content;
    }

    Map<Integer, PlanField> columns() {
        if (columnMap == null || columnMap.isBlank()) {
            return Map.of();
        }
        return Arrays.stream(columnMap.split(",")).map(pair -> pair.split("="))
                .collect(Collectors.toMap(pair -> Integer.valueOf(pair[0]), pair -> PlanField.valueOf(pair[1]),
                        (a, b) -> b, LinkedHashMap::new));
    }

    void mapColumns(Map<Integer, PlanField> columns) {
        this.columnMap = columns.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue().name())
                .collect(Collectors.joining(","));
    }

    /** Keeps what the import did, so that a second confirm of the same upload is answered with it. */
    void imported(ImportResult result, Instant at) {
        this.content = new byte[0];
        this.importedAt = at;
        this.recommendationsCreated = result.recommendationsCreated();
        this.actionsCreated = result.actionsCreated();
        this.actionsUpdated = result.actionsUpdated();
        this.actionsUnchanged = result.actionsUnchanged();
    }

    boolean isImported() {
        return importedAt != null;
    }

    /** What the import of this upload did, once it is confirmed. */
    Optional<ImportResult> outcome() {
        return isImported() ? Optional.of(new ImportResult(review.getId(), recommendationsCreated, actionsCreated,
                actionsUpdated, actionsUnchanged)) : Optional.empty();
    }

    public Review getReview() {
        return review;
    }

    public String getFileName() {
        return fileName;
    }

    byte[] getContent() {
        return content;
    }
}
