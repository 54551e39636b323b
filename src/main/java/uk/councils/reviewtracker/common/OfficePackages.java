package uk.councils.reviewtracker.common;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipArchiveThresholdInputStream;
import org.apache.poi.openxml4j.util.ZipInputStreamZipEntrySource;
import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * Opens an uploaded Excel (.xlsx) or Word (.docx) file, both zip packages, refusing one that would unpack to too
 * much: a part over POI's maximum entry size, or one that inflates beyond POI's minimum ratio as it is read (a
 * classic zip bomb, a few hundred kilobytes that unpack to gigabytes). {@link OfficePackageLimits} sets those
 * JVM-wide limits at start-up from the application's properties.
 */
public final class OfficePackages {

    /** A file that would unpack to more than the limits allow. */
    public static final class TooLargeUnpacked extends IOException {
        TooLargeUnpacked(Throwable cause) {
            super("The package would unpack beyond the limits", cause);
        }
    }

    private OfficePackages() {
    }

    /** The package the bytes hold, read into memory within the unpacking limits. */
    public static OPCPackage open(byte[] bytes) throws IOException, InvalidFormatException {
        ZipArchiveInputStream zip = new ZipArchiveInputStream(new ByteArrayInputStream(bytes),
                StandardCharsets.UTF_8.name(), false, true);
        return OPCPackage.open(new ZipInputStreamZipEntrySource(new Guarded(zip)));
    }

    /** Whether the refusal, at whatever depth it was wrapped, is a package that unpacks beyond the limits. */
    public static boolean unpacksTooLarge(Throwable refusal) {
        for (Throwable cause = refusal; cause != null; cause = cause.getCause()) {
            if (cause instanceof TooLargeUnpacked) {
                return true;
            }
        }
        return false;
    }

    /**
     * POI's guarded zip stream, which throws a plain IOException when an entry passes the limits: this one turns
     * that refusal into a {@link TooLargeUnpacked}, told from a damaged file by the entry's own counts.
     */
    private static final class Guarded extends ZipArchiveThresholdInputStream {

        private final ZipArchiveInputStream zip;

        Guarded(ZipArchiveInputStream zip) {
            super(zip);
            this.zip = zip;
        }

        @Override
        public int read() throws IOException {
            try {
                return super.read();
            } catch (IOException e) {
                throw beyondLimits() ? new TooLargeUnpacked(e) : e;
            }
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            try {
                return super.read(b, off, len);
            } catch (IOException e) {
                throw beyondLimits() ? new TooLargeUnpacked(e) : e;
            }
        }

        /** POI's own test, on the entry being read. */
        private boolean beyondLimits() {
            long unpacked = zip.getUncompressedCount();
            long packed = zip.getCompressedCount();
            return unpacked > ZipSecureFile.getMaxEntrySize() || unpacked > ZipSecureFile.getGraceEntrySize()
                    && (double) packed / unpacked < ZipSecureFile.getMinInflateRatio();
        }
    }
}
