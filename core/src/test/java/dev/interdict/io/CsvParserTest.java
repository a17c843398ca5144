package dev.interdict.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvParserTest {

    @Test
    void quotedFieldsHoldCommasQuotesAndLineBreaksAndRowsKeepTheirStartLine() {
        String text = "1,\"A, B\",-0- \r\n2,\"say \"\"hi\"\"\",x\r\n3,\"two\nlines\",y\r\n4,z,w\r\n\u001a";
        List<CsvParser.Row> rows = CsvParser.parse(text);
        assertThat(rows).extracting(CsvParser.Row::line).containsExactly(1L, 2L, 3L, 5L);
        assertThat(rows.get(0).fields()).containsExactly("1", "A, B", "-0- ");
        assertThat(rows.get(1).fields()).containsExactly("2", "say \"hi\"", "x");
        assertThat(rows.get(2).fields()).containsExactly("3", "two\nlines", "y");
        assertThat(rows).allSatisfy(r -> assertThat(r.problem()).isNull());
    }

    @Test
    void blankLinesAreNoRowsAndALastLineWithoutBreakIsOne() {
        List<CsvParser.Row> rows = CsvParser.parse("a,b\n\n\nc,d");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).line()).isEqualTo(4);
        assertThat(rows.get(1).fields()).containsExactly("c", "d");
    }

    @Test
    void anUnclosedQuoteIsFlaggedOnItsRow() {
        List<CsvParser.Row> rows = CsvParser.parse("1,ok\n2,\"never closed,\n3,x\n");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).line()).isEqualTo(2);
        assertThat(rows.get(1).problem()).contains("never closed");
    }

    @Test
    void aQuoteInsideAnUnquotedFieldIsText() {
        assertThat(CsvParser.parse("1,O\"Neil,x").get(0).fields()).containsExactly("1", "O\"Neil", "x");
    }
}
