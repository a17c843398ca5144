package dev.interdict.bench;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Realistic payment traffic for the benchmark: pacs.008.001.09 (single transaction, full agent chain, structured
 * addresses, remittance text) and MT103 messages, with names drawn from a pool of ordinary names and, in a small
 * share, a listed name as creditor or inside the remittance text.
 */
final class PaymentMessages {

    private PaymentMessages() {
    }

    static List<byte[]> generate(int count, List<String> names, List<String> listed, double hitShare, long seed) {
        Random r = new Random(seed);
        List<byte[]> out = new ArrayList<>(count);
        String[] towns = {"Chicago", "Houston", "Guadalajara", "Monterrey", "Madrid", "Toronto", "Frankfurt"};
        String[] texts = {"Invoice %d machine parts", "Pago factura %d servicios de transporte",
            "Payroll March batch %d", "Rent apartment 4B ref %d", "Purchase order %d avocados 40 pallets"};
        for (int i = 0; i < count; i++) {
            String dbtr = names.get(r.nextInt(names.size()));
            String cdtr = names.get(r.nextInt(names.size()));
            String text = String.format(texts[r.nextInt(texts.length)], 1000 + r.nextInt(9000));
            if (r.nextDouble() < hitShare && !listed.isEmpty()) {
                String l = listed.get(r.nextInt(listed.size()));
                if (r.nextBoolean()) {
                    cdtr = l;
                } else {
                    text = "pago a " + l + " ref " + i;
                }
            }
            String town = towns[r.nextInt(towns.length)];
            String msg = i % 3 == 2 ? mt103(i, dbtr, cdtr, town, text) : pacs008(i, dbtr, cdtr, town, text);
            out.add(msg.getBytes(StandardCharsets.UTF_8));
        }
        return out;
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    static String pacs008(int i, String dbtr, String cdtr, String town, String text) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:pacs.008.001.09\"><FIToFICstmrCdtTrf>"
                + "<GrpHdr><MsgId>BENCH-" + i + "</MsgId><CreDtTm>2026-03-02T09:15:00Z</CreDtTm><NbOfTxs>1</NbOfTxs>"
                + "<SttlmInf><SttlmMtd>INDA</SttlmMtd></SttlmInf></GrpHdr><CdtTrfTxInf><PmtId><InstrId>I-" + i
                + "</InstrId><EndToEndId>E2E-" + i + "</EndToEndId><UETR>8a562c67-ca16-48ba-b074-65581be6f011</UETR>"
                + "</PmtId><IntrBkSttlmAmt Ccy=\"USD\">" + (100 + i % 90000) + ".00</IntrBkSttlmAmt>"
                + "<IntrBkSttlmDt>2026-03-02</IntrBkSttlmDt><ChrgBr>SHAR</ChrgBr>"
                + "<InstgAgt><FinInstnId><BICFI>CHASUS33XXX</BICFI></FinInstnId></InstgAgt>"
                + "<InstdAgt><FinInstnId><BICFI>BNMXMXMMXXX</BICFI></FinInstnId></InstdAgt>"
                + "<IntrmyAgt1><FinInstnId><BICFI>CITIUS33XXX</BICFI><Nm>CITIBANK N.A.</Nm></FinInstnId></IntrmyAgt1>"
                + "<Dbtr><Nm>" + esc(dbtr) + "</Nm><PstlAdr><StrtNm>Main Street</StrtNm><BldgNb>100</BldgNb>"
                + "<PstCd>60601</PstCd><TwnNm>Chicago</TwnNm><Ctry>US</Ctry></PstlAdr></Dbtr>"
                + "<DbtrAcct><Id><Othr><Id>00012345" + i + "</Id></Othr></Id></DbtrAcct>"
                + "<DbtrAgt><FinInstnId><BICFI>CHASUS33XXX</BICFI><Nm>JPMORGAN CHASE BANK, N.A.</Nm></FinInstnId></DbtrAgt>"
                + "<CdtrAgt><FinInstnId><BICFI>BNMXMXMMXXX</BICFI><Nm>BANCO NACIONAL DE MEXICO</Nm></FinInstnId></CdtrAgt>"
                + "<Cdtr><Nm>" + esc(cdtr) + "</Nm><PstlAdr><StrtNm>Calle Hidalgo</StrtNm><BldgNb>210</BldgNb>"
                + "<TwnNm>" + town + "</TwnNm><Ctry>MX</Ctry></PstlAdr></Cdtr>"
                + "<CdtrAcct><Id><Othr><Id>0021807001" + i + "</Id></Othr></Id></CdtrAcct>"
                + "<RmtInf><Ustrd>" + esc(text) + "</Ustrd></RmtInf></CdtTrfTxInf></FIToFICstmrCdtTrf></Document>\n";
    }

    static String mt103(int i, String dbtr, String cdtr, String town, String text) {
        return "{1:F01CHASUS33AXXX0000000000}{2:I103BNMXMXMMXXXXN}{3:{121:c3b0a6f4-8d2e-4f1a-9b3c-5d6e7f8a9b0c}}{4:\r\n"
                + ":20:BENCH" + i + "\r\n:23B:CRED\r\n:32A:260302USD" + (100 + i % 90000) + ",00\r\n"
                + ":50K:/000123456789\r\n" + up(dbtr) + "\r\n12 ELM STREET\r\nNEW YORK NY US\r\n:52A:CHASUS33\r\n"
                + ":57A:BNMXMXMM\r\n:59:/0021807001" + i + "\r\n" + up(cdtr) + "\r\n" + up(town) + "\r\n"
                + ":70:" + up(text) + "\r\n:71A:SHA\r\n-}";
    }

    private static String up(String s) {
        String u = s.toUpperCase(java.util.Locale.ROOT);
        return u.length() > 35 ? u.substring(0, 35) : u;
    }
}
