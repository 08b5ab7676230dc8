package dev.pamphlet.export.pdf.render;

import java.util.AbstractCollection;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.function.IntFunction;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;

/**
 * A {@link COSDictionary} that keeps its few entries in two small arrays instead of a
 * {@code LinkedHashMap}. A booklet of 1,000 articles has some 170,000 structure elements (and
 * tens of thousands of link annotations), each a dictionary of four to nine entries that lives
 * until the file is saved; PDFBox's map costs about 300 bytes more per dictionary than this.
 * Entries keep their insertion order, as PDFBox's do, so the file's bytes are the same.
 */
final class CompactDictionary extends COSDictionary {
  CompactDictionary() {
    items = new ArrayMap();
  }

  /**
   * An insertion-ordered map in one array of alternating keys and values, searched linearly:
   * fine for the handful of keys a dictionary has. Its views are made on demand, not kept.
   */
  private static final class ArrayMap extends AbstractMap<COSName, COSBase> {
    private Object[] slots = new Object[12];
    private int size;

    private int indexOf(Object key) {
      for (int i = 0; i < size; i++) {
        if (slots[2 * i].equals(key)) {
          return i;
        }
      }
      return -1;
    }

    private COSName key(int i) {
      return (COSName) slots[2 * i];
    }

    private COSBase value(int i) {
      return (COSBase) slots[2 * i + 1];
    }

    @Override
    public int size() {
      return size;
    }

    @Override
    public boolean containsKey(Object key) {
      return indexOf(key) >= 0;
    }

    @Override
    public COSBase get(Object key) {
      int i = indexOf(key);
      return i < 0 ? null : value(i);
    }

    @Override
    public COSBase put(COSName key, COSBase value) {
      Objects.requireNonNull(key, "key");
      int i = indexOf(key);
      if (i >= 0) {
        COSBase old = value(i);
        slots[2 * i + 1] = value;
        return old;
      }
      if (2 * size == slots.length) {
        slots = Arrays.copyOf(slots, slots.length + 8);
      }
      slots[2 * size] = key;
      slots[2 * size + 1] = value;
      size++;
      return null;
    }

    @Override
    public COSBase remove(Object key) {
      int i = indexOf(key);
      if (i < 0) {
        return null;
      }
      COSBase old = value(i);
      removeAt(i);
      return old;
    }

    private void removeAt(int i) {
      System.arraycopy(slots, 2 * i + 2, slots, 2 * i, 2 * (size - i - 1));
      size--;
      slots[2 * size] = null;
      slots[2 * size + 1] = null;
    }

    @Override
    public void clear() {
      Arrays.fill(slots, 0, 2 * size, null);
      size = 0;
    }

    @Override
    public Set<COSName> keySet() {
      return new AbstractSet<>() {
        @Override
        public int size() {
          return size;
        }

        @Override
        public Iterator<COSName> iterator() {
          return new Cursor<>(ArrayMap.this::key);
        }
      };
    }

    @Override
    public Collection<COSBase> values() {
      return new AbstractCollection<>() {
        @Override
        public int size() {
          return size;
        }

        @Override
        public Iterator<COSBase> iterator() {
          return new Cursor<>(ArrayMap.this::value);
        }
      };
    }

    @Override
    public Set<Entry<COSName, COSBase>> entrySet() {
      return new AbstractSet<>() {
        @Override
        public int size() {
          return size;
        }

        @Override
        public Iterator<Entry<COSName, COSBase>> iterator() {
          return new Cursor<>(SlotEntry::new);
        }
      };
    }

    /** One entry, written through to the map. */
    private final class SlotEntry extends SimpleEntry<COSName, COSBase> {
      private final int index;

      SlotEntry(int index) {
        super(key(index), value(index));
        this.index = index;
      }

      @Override
      public COSBase setValue(COSBase value) {
        slots[2 * index + 1] = value;
        return super.setValue(value);
      }
    }

    /** Walks the entries in order; {@code remove} removes the last one returned. */
    private final class Cursor<T> implements Iterator<T> {
      private final IntFunction<T> element;
      private int next;
      private boolean removable;

      Cursor(IntFunction<T> element) {
        this.element = element;
      }

      @Override
      public boolean hasNext() {
        return next < size;
      }

      @Override
      public T next() {
        if (next >= size) {
          throw new NoSuchElementException();
        }
        removable = true;
        return element.apply(next++);
      }

      @Override
      public void remove() {
        if (!removable) {
          throw new IllegalStateException();
        }
        removable = false;
        removeAt(--next);
      }
    }
  }
}
