package uk.councils.reviewtracker.common;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * Opens an uploaded Excel (.xlsx) or Word (.docx) file, both zip packages, refusing one that would unpack to too
 * much: a part over {@link #MAX_UNPACKED_PART} bytes, or one that inflates more than a hundredfold as it is read
 * (a classic zip bomb, a few hundred kilobytes that unpack to gigabytes). Real plans and letters unpack to a few
 * megabytes at a ratio of five to ten.
 */
public final class OfficePackages {

    public static final long MAX_UNPACKED_PART = 40L * 1024 * 1024;
    private static final double MIN_INFLATE_RATIO = 0.01;

    static {
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_UNPACKED_PART);
    }

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
        try {
            return OPCPackage.open(new ByteArrayInputStream(bytes));
        } catch (IOException | InvalidFormatException | RuntimeException e) {
            if (unpacksTooLarge(e)) {
                throw new TooLargeUnpacked(e);
            }
            throw e;
        }
    }

    /** Whether POI refused to unpack a part, at whatever depth it wrapped its refusal. */
    public static boolean unpacksTooLarge(Throwable refusal) {
        for (Throwable cause = refusal; cause != null; cause = cause.getCause()) {
            if (cause instanceof TooLargeUnpacked
                    || cause.getMessage() != null && cause.getMessage().contains("Zip bomb")) {
                return true;
            }
        }
        return false;
    }
}
