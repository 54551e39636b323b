package uk.councils.reviewtracker.common;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Sets POI's zip limits, which hold for the whole JVM, once at start-up from {@code app.upload.max-unpacked-part}
 * and {@code app.upload.min-inflate-ratio}. Real plans and letters unpack to a few megabytes at a ratio of five to
 * ten; {@link OfficePackages} refuses what passes the limits.
 */
@Component
public class OfficePackageLimits {

    public OfficePackageLimits(@Value("${app.upload.max-unpacked-part}") DataSize maxUnpackedPart,
                               @Value("${app.upload.min-inflate-ratio}") double minInflateRatio) {
        ZipSecureFile.setMaxEntrySize(maxUnpackedPart.toBytes());
        ZipSecureFile.setMinInflateRatio(minInflateRatio);
    }
}
