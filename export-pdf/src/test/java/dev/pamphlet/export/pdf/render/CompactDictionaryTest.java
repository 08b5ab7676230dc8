package dev.pamphlet.export.pdf.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfwriter.COSWriter;
import org.junit.jupiter.api.Test;

/** A compact dictionary behaves, and is written, exactly like PDFBox's own. */
class CompactDictionaryTest {
  private static final List<COSName> KEYS = List.of(COSName.TYPE, COSName.S, COSName.P,
      COSName.K, COSName.PG, COSName.ALT, COSName.ID, COSName.A, COSName.RECT,
      COSName.CONTENTS, COSName.F, COSName.BS, COSName.DEST, COSName.STRUCT_PARENT);

  @Test
  void anySequenceOfChangesLeavesTheSameEntriesInTheSameOrderAsACosDictionary() {
    Random random = new Random(7);
    for (int round = 0; round < 200; round++) {
      COSDictionary plain = new COSDictionary();
      COSDictionary compact = new CompactDictionary();
      for (int step = 0; step < 40; step++) {
        COSName key = KEYS.get(random.nextInt(KEYS.size()));
        int action = random.nextInt(20);
        if (action < 12) {
          COSInteger value = COSInteger.get(random.nextInt(1000));
          plain.setItem(key, value);
          compact.setItem(key, value);
        } else if (action < 19) {
          plain.removeItem(key);
          compact.removeItem(key);
        } else {
          plain.clear();
          compact.clear();
        }
        assertThat(entries(compact)).isEqualTo(entries(plain));
        assertThat(compact.getDictionaryObject(key)).isEqualTo(plain.getDictionaryObject(key));
        assertThat(compact.containsKey(key)).isEqualTo(plain.containsKey(key));
        assertThat(new ArrayList<>(compact.keySet())).isEqualTo(new ArrayList<>(plain.keySet()));
        assertThat(new ArrayList<>(compact.getValues()))
            .isEqualTo(new ArrayList<>(plain.getValues()));
      }
    }
  }

  @Test
  void aCompactDictionaryIsWrittenWithTheSameBytes() throws IOException {
    COSDictionary plain = new COSDictionary();
    COSDictionary compact = new CompactDictionary();
    for (COSDictionary dictionary : List.of(plain, compact)) {
      dictionary.setName(COSName.TYPE, "StructElem");
      dictionary.setName(COSName.S, "P");
      dictionary.setInt(COSName.K, 3);
      dictionary.setString(COSName.ALT, "A brain");
      dictionary.setName(COSName.S, "H1"); // a replaced value keeps its place
    }
    assertThat(written(compact)).isEqualTo(written(plain));
  }

  private static List<Map.Entry<COSName, COSBase>> entries(COSDictionary dictionary) {
    List<Map.Entry<COSName, COSBase>> entries = new ArrayList<>();
    dictionary.entrySet().forEach(e -> entries.add(Map.entry(e.getKey(), e.getValue())));
    return entries;
  }

  private static byte[] written(COSDictionary dictionary) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new COSWriter(out).visitFromDictionary(dictionary);
    return out.toByteArray();
  }
}
