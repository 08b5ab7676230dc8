package dev.pamphlet.bench;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Renders one page of a PDF to PNG with PDFBox: how the README's picture of a real handout
 * page is made.
 *
 * <pre>
 * ./pamphlet build examples --format pdf
 * java -cp bench/target/benchmarks.jar dev.pamphlet.bench.PagePicture \
 *     out/pdf/handouts/ketamine-assisted-therapy.pdf 1 docs/handout-page.png
 * </pre>
 */
public final class PagePicture {
  private PagePicture() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      System.err.println("usage: PagePicture PDF PAGE PNG");
      System.exit(2);
    }
    int page = Integer.parseInt(args[1]);
    try (PDDocument document = Loader.loadPDF(new File(args[0]))) {
      BufferedImage image =
          new PDFRenderer(document).renderImageWithDPI(page - 1, 80, ImageType.RGB);
      ImageIO.write(image, "png", new File(args[2]));
    }
  }
}
