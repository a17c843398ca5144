package dev.interdict.monitoring.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.interdict.monitoring.Transaction;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TransactionCsvTest {

    private static List<Transaction> read(String text, ColumnMapping m) throws IOException {
        List<Transaction> out = new ArrayList<>();
        new TransactionCsv(new BufferedReader(new StringReader(text)), m).forEachRemaining(out::add);
        return out;
    }

    @Test
    void readsAmlSimWithOrWithoutLabelColumns() throws IOException {
        String labelled = "tran_id,orig_acct,bene_acct,tx_type,base_amt,tran_timestamp,is_sar,alert_id\n"
                + "1,2991,66,TRANSFER,178.35,2017-01-01T00:00:00Z,True,12\n";
        String bare = "tran_id,orig_acct,bene_acct,tx_type,base_amt,tran_timestamp\n"
                + "1,2991,66,TRANSFER,178.35,2017-01-01T00:00:00Z\n";
        List<Transaction> a = read(labelled, ColumnMapping.AMLSIM);
        assertThat(a).isEqualTo(read(bare, ColumnMapping.AMLSIM));
        assertThat(a.get(0).from()).isEqualTo("2991");
        assertThat(a.get(0).timestamp()).isEqualTo(1_483_228_800_000L);
    }

    @Test
    void mappedColumnsAndQuotes() throws IOException {
        ColumnMapping m = ColumnMapping.parse("id=ref,timestamp=date,from=payer,to=payee,amount=amt,kind=type,"
                + "counterpartyName=name");
        List<Transaction> t = read("ref,date,payer,payee,amt,type,name\nr1,2024-03-01,a,b,9500,cash deposit,"
                + "\"Perez, Juan\"\n", m);
        assertThat(t.get(0).kind()).isEqualTo(Transaction.Kind.CASH_DEPOSIT);
        assertThat(t.get(0).counterpartyName()).isEqualTo("Perez, Juan");
    }

    @Test
    void badRowsNameTheirLine() {
        String text = "tran_id,orig_acct,bene_acct,tx_type,base_amt,tran_timestamp\n"
                + "1,2,3,TRANSFER,10,2017-01-01T00:00:00Z\n"
                + "2,2,3,TRANSFER,ten,2017-01-01T00:00:00Z\n";
        assertThatThrownBy(() -> read(text, ColumnMapping.AMLSIM)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("line 3: amount is not a number: 'ten'");
        assertThatThrownBy(() -> read("a,b\n", ColumnMapping.AMLSIM)).hasMessageContaining("no column 'tran_id'");
        assertThatThrownBy(() -> ColumnMapping.parse("payer=x")).hasMessageContaining("unknown field 'payer'");
    }
}
