package uk.councils.reviewtracker.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;
import uk.councils.reviewtracker.support.HostileFiles;

/** The unpacking limits come from the properties, and a package beyond them is refused as such, by its type. */
class OfficePackagesTest {

    private static final String CONTENT_TYPES = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Default Extension=\"bin\" ContentType=\"application/octet-stream\"/></Types>";

    private long maxEntrySize;
    private double minInflateRatio;

    @BeforeEach
    void rememberTheJvmWideLimits() {
        maxEntrySize = ZipSecureFile.getMaxEntrySize();
        minInflateRatio = ZipSecureFile.getMinInflateRatio();
        new OfficePackageLimits(DataSize.ofKilobytes(512), 0.01);
    }

    @AfterEach
    void restoreThem() {
        ZipSecureFile.setMaxEntrySize(maxEntrySize);
        ZipSecureFile.setMinInflateRatio(minInflateRatio);
    }

    @Test
    void thePropertiesSetPoisLimitsForTheJvm() {
        new OfficePackageLimits(DataSize.ofMegabytes(3), 0.05);

        assertThat(ZipSecureFile.getMaxEntrySize()).isEqualTo(3L * 1024 * 1024);
        assertThat(ZipSecureFile.getMinInflateRatio()).isEqualTo(0.05);
    }

    @Test
    void aPartLargerThanTheLimitIsRefusedAsTooLargeThoughItHardlyCompresses() {
        byte[] noise = new byte[1024 * 1024];
        new Random(15).nextBytes(noise);

        assertThatThrownBy(() -> OfficePackages.open(pack("data.bin", noise)))
                .isInstanceOf(OfficePackages.TooLargeUnpacked.class);
    }

    @Test
    void aPartWithinTheLimitOpens() throws Exception {
        byte[] noise = new byte[256 * 1024];
        new Random(15).nextBytes(noise);

        try (OPCPackage opened = OfficePackages.open(pack("data.bin", noise))) {
            assertThat(opened.getParts()).isNotEmpty();
        }
    }

    @Test
    void aZipBombIsRefusedAsTooLarge() {
        Throwable refusal = catchThrowable(() -> OfficePackages.open(HostileFiles.zipBomb("word/document.xml")));

        assertThat(refusal).isInstanceOf(OfficePackages.TooLargeUnpacked.class);
        assertThat(OfficePackages.unpacksTooLarge(new IllegalStateException(refusal))).isTrue();
    }

    @Test
    void aDamagedPackageIsNotTakenForOneTooLarge() throws Exception {
        byte[] noise = new byte[256 * 1024];
        new Random(15).nextBytes(noise);
        byte[] whole = pack("data.bin", noise);

        Throwable refusal = catchThrowable(() -> OfficePackages.open(Arrays.copyOf(whole, whole.length / 2)));

        assertThat(refusal).isNotNull();
        assertThat(OfficePackages.unpacksTooLarge(refusal)).isFalse();
    }

    @Test
    void aMessageThatMentionsAZipBombIsNotEnoughToCountAsOne() {
        assertThat(OfficePackages.unpacksTooLarge(new IOException("Zip bomb detected!"))).isFalse();
    }

    private static byte[] pack(String name, byte[] content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(CONTENT_TYPES.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content);
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }
}
