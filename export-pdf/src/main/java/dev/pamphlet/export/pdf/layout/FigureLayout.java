package dev.pamphlet.export.pdf.layout;

import dev.pamphlet.core.model.Figure;
import dev.pamphlet.core.model.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Lays a figure out as one box holding the image, scaled to fit the column and the page, and
 * its caption, so the two are never parted. An image that cannot be used is replaced by its
 * alternative text in brackets (the {@link ImageSource} reports why).
 */
final class FigureLayout {
  private final LayoutContext ctx;
  private final BlockLayout blocks;
  private final List<Box> out;

  FigureLayout(LayoutContext ctx, BlockLayout blocks, List<Box> out) {
    this.ctx = ctx;
    this.blocks = blocks;
    this.out = out;
  }

  void figure(Figure figure, Frame frame) {
    Optional<ImageRef> image = ctx.images.find(figure, ctx.articleId);
    if (image.isEmpty()) {
      String what = figure.alt().isBlank() ? figure.source() : figure.alt();
      blocks.text(List.of(new Text("[Image not available: " + what + "]")), frame,
          frame.parent().add("P"), ctx.base(), false, blocks.paragraphGap());
      if (!figure.caption().isEmpty()) {
        blocks.text(figure.caption(), frame, frame.parent().add("P"), ctx.small(), false,
            ctx.base() * 0.3f);
      }
      return;
    }
    ImageRef ref = image.get();
    // No alternative text: the image is treated as decoration rather than as an unnamed figure.
    StructureNode tag = figure.alt().isBlank() ? null
        : frame.parent().add("Figure").alt(figure.alt());
    List<Line> caption = new ArrayList<>();
    StructureNode captionTag = null;
    if (!figure.caption().isEmpty()) {
      captionTag = frame.parent().add("P");
      caption = ctx.breaker.breakLines(InlineFlattener.flatten(ctx, figure.caption(), captionTag,
          ctx.small(), false), frame.width(), false);
    }
    float gap = caption.isEmpty() ? 0 : ctx.base() * 0.4f;
    float captionHeight = BlockLayout.heightOf(caption);
    // A caption too long to share a page with its image follows it, starting on the same page.
    List<Line> separateCaption = List.of();
    if (captionHeight > ctx.settings.contentHeight() / 3) {
      separateCaption = caption;
      caption = List.of();
      captionHeight = 0;
    }
    float maxHeight = Math.max(ctx.base(), ctx.settings.contentHeight() - captionHeight - gap
        - blocks.paragraphGap());
    float width = Math.min(frame.width(), ref.width());
    float height = ref.height() * width / ref.width();
    if (height > maxHeight) {
      height = maxHeight;
      width = ref.width() * height / ref.height();
    }
    Box box = new Box(blocks.paragraphGap(), height + gap + captionHeight, frame.decorations());
    box.add(new Drawable.Picture(frame.left() + (frame.width() - width) / 2, 0, width, height,
        ref, tag));
    float y = height + gap;
    for (Line line : caption) {
      box.add(new Drawable.TextLine(frame.left(), y + line.baseline(), line, captionTag));
      y += line.height();
    }
    out.add(box);
    if (!separateCaption.isEmpty()) {
      box.keepWithNext(true);
      blocks.lines(separateCaption, frame, captionTag, gap);
    }
  }
}
