package dev.pamphlet.export.pdf.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PaginatorTest {
  private final Paginator paginator = new Paginator(100);

  private static Box box(float height) {
    return new Box(0, height, List.of());
  }

  private static List<Integer> pageSizes(List<Page> pages) {
    return pages.stream().map(p -> p.boxes().size()).toList();
  }

  @Test
  void boxesFillAPageThenMoveToTheNext() {
    List<Box> boxes = List.of(box(40), box(40), box(40));
    assertThat(pageSizes(paginator.paginate(boxes))).containsExactly(2, 1);
  }

  @Test
  void aHeadingIsNeverLastOnAPage() {
    Box heading = box(20).keepWithNext(true);
    List<Box> boxes = List.of(box(70), heading, box(20));
    List<Page> pages = paginator.paginate(boxes);
    assertThat(pages.get(1).boxes().get(0).box()).isSameAs(heading);
  }

  @Test
  void aKeepChainTallerThanAPageIsBrokenInsteadOfLooping() {
    List<Box> boxes = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      boxes.add(box(30).keepWithNext(true));
    }
    boxes.add(box(30));
    List<Page> pages = paginator.paginate(boxes);
    assertThat(pageSizes(pages).stream().mapToInt(Integer::intValue).sum()).isEqualTo(11);
    assertThat(pages).allSatisfy(
        page -> assertThat(page.boxes().size() * 30).isLessThanOrEqualTo(100));
    // The tail of the chain that fits on a page is kept together.
    assertThat(pageSizes(pages)).containsExactly(3, 3, 2, 3);
  }

  @Test
  void spaceBeforeIsDroppedAtTheTopOfAPage() {
    List<Box> boxes = List.of(box(90), new Box(30, 20, List.of()));
    Page second = paginator.paginate(boxes).get(1);
    assertThat(second.boxes().get(0).top()).isZero();
  }

  @Test
  void aBoxThatMustStartAPageDoes() {
    List<Box> boxes = List.of(box(10), box(10).breakBefore(true));
    assertThat(pageSizes(paginator.paginate(boxes))).containsExactly(1, 1);
  }

  @Test
  void aTableRowStartingAPageGetsTheHeaderRepeatedFirst() {
    Box header = box(20);
    Box copy = box(20);
    List<Box> boxes = new ArrayList<>(List.of(header.keepWithNext(true)));
    for (int i = 0; i < 6; i++) {
      boxes.add(box(25).repeatedHeader(List.of(copy)));
    }
    List<Page> pages = paginator.paginate(boxes);
    assertThat(pages).hasSize(2);
    Page.Placed first = pages.get(1).boxes().get(0);
    assertThat(first.box()).isSameAs(copy);
    assertThat(first.repeated()).isTrue();
  }

  @Test
  void nothingToPlaceStillGivesOnePage() {
    assertThat(paginator.paginate(List.of())).hasSize(1);
  }
}
