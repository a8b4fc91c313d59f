package org.nashra.document;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nashra.model.Bulletin;
import org.nashra.model.Organization;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LogoTest {

    private static final String ALT = "شعار رابطة الكتاب";

    static byte[] image(String format, int type, int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, type);
        for (int x = 0; x < width; x++) {
            image.setRGB(x, height / 2, 0xFF1F6F8B);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(ImageIO.write(image, format, out)).isTrue();
        return out.toByteArray();
    }

    /** A JPEG of four components, as print shops send: Java writes one from a raster of four bands. */
    static byte[] cmykJpeg() throws IOException {
        WritableRaster raster = Raster.createBandedRaster(java.awt.image.DataBuffer.TYPE_BYTE, 8, 8, 4, null);
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(new IIOImage(raster, null, null));
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    @Test
    void aPngLogoKnowsItsTypeSizeAndText() throws IOException {
        byte[] png = image("png", BufferedImage.TYPE_INT_ARGB, 120, 40);

        Logo logo = Logo.of(png, "  " + ALT + " ");

        assertThat(logo.mediaType()).isEqualTo("image/png");
        assertThat(logo.width()).isEqualTo(120);
        assertThat(logo.height()).isEqualTo(40);
        assertThat(logo.alt()).isEqualTo(ALT);
        assertThat(logo.bytes()).isEqualTo(png);
        assertThat(logo).isEqualTo(Logo.of(png.clone(), ALT)).isNotEqualTo(Logo.of(png, "شعار آخر"));
    }

    @Test
    void anRgbOrGreyJpegIsTaken() throws IOException {
        assertThat(Logo.of(image("jpeg", BufferedImage.TYPE_INT_RGB, 30, 20), ALT).mediaType()).isEqualTo("image/jpeg");
        assertThat(Logo.of(image("jpeg", BufferedImage.TYPE_BYTE_GRAY, 30, 20), ALT).height()).isEqualTo(20);
    }

    @Test
    void aLogoIsReadFromAFile(@TempDir Path dir) throws IOException {
        Path file = Files.write(dir.resolve("logo.png"), image("png", BufferedImage.TYPE_INT_RGB, 10, 10));

        assertThat(Logo.read(file, ALT).width()).isEqualTo(10);
    }

    @Test
    void aFileThatIsNotAnImageIsRefusedWithItsName(@TempDir Path dir) throws IOException {
        Path text = Files.writeString(dir.resolve("logo.png"), "نص وليس صورة", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> Logo.read(text, ALT)).isInstanceOf(InvalidLogoException.class)
                .hasMessage(text + ": not a PNG or JPEG image");
    }

    @Test
    void aFileOverTheLimitIsRefusedBeforeItIsRead(@TempDir Path dir) throws IOException {
        Path big = dir.resolve("big.png");
        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(50L << 20);
        }

        assertThatThrownBy(() -> Logo.read(big, ALT)).isInstanceOf(InvalidLogoException.class)
                .hasMessageEndingWith("larger than 4 MiB, the limit for a logo");
        assertThatThrownBy(() -> Logo.of(new byte[Logo.MAX_BYTES + 1], ALT)).isInstanceOf(InvalidLogoException.class);
    }

    @Test
    void aCmykJpegIsRefusedSinceAnSrgbPdfACannotHoldIt() throws IOException {
        byte[] cmyk = cmykJpeg();

        assertThatThrownBy(() -> Logo.of(cmyk, ALT)).isInstanceOf(InvalidLogoException.class)
                .hasMessageContaining("CMYK");
    }

    @Test
    void aDamagedImageIsRefused() throws IOException {
        byte[] png = image("png", BufferedImage.TYPE_INT_RGB, 64, 64);
        byte[] cut = Arrays.copyOf(png, 40);

        assertThatThrownBy(() -> Logo.of(cut, ALT)).isInstanceOf(InvalidLogoException.class)
                .hasMessage("a damaged or unsupported PNG image");
    }

    @Test
    void anImageOfMorePixelsThanALogoNeedsIsRefused() throws IOException {
        byte[] wide = image("png", BufferedImage.TYPE_BYTE_GRAY, Logo.MAX_SIDE + 1, 1);

        assertThatThrownBy(() -> Logo.of(wide, ALT)).isInstanceOf(InvalidLogoException.class)
                .hasMessageContaining("4097 × 1 pixels");
    }

    @Test
    void aLogoNeedsATextForReadersWhoCannotSeeIt() throws IOException {
        byte[] png = image("png", BufferedImage.TYPE_INT_RGB, 4, 4);

        assertThatThrownBy(() -> Logo.of(png, " ")).isInstanceOf(IllegalArgumentException.class)
                .isNotInstanceOf(InvalidLogoException.class);
    }

    @Test
    void theLogoOpensTheMastheadEvenOfABulletinWithoutIssuer() throws IOException {
        Logo logo = Logo.of(image("png", BufferedImage.TYPE_INT_RGB, 4, 4), ALT);
        DocumentOptions options = DocumentOptions.builder().logo(logo).build();

        Section withIssuer = BulletinDocument.of(Bulletin.builder(Bulletin.Kind.MEETING).title("اجتماع")
                .issuer(Organization.builder().name("رابطة الكتاب").build()).build(), null, options)
                .section(Part.MASTHEAD).orElseThrow();
        Section alone = BulletinDocument.of(Bulletin.builder(Bulletin.Kind.MEETING).build(), "نص الخبر.",
                options).section(Part.MASTHEAD).orElseThrow();

        assertThat(withIssuer.blocks()).hasSize(2).first().isEqualTo(new Block.Figure(logo));
        assertThat(alone.blocks()).containsExactly(new Block.Figure(logo));
        assertThat(BulletinDocument.of(Bulletin.builder(Bulletin.Kind.MEETING).build(), null, options).isEmpty())
                .as("a logo alone is nothing to print").isTrue();
    }
}
