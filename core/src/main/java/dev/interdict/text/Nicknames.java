package dev.interdict.text;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Diminutives and hypocorisms of given names that share no spelling with the full name: Spanish (Paco =
 * Francisco, Pepe = José, Lupe = Guadalupe, Chuy = Jesús), English (Bill = William, Bob = Robert), Russian
 * (Volodya = Vladimir, Sasha = Alexander). {@link #canonical(String)} gives the full names a token may stand for.
 */
public final class Nicknames {

    private static final String[][] TABLE = {
        // Spanish / Portuguese
        {"francisco", "paco", "pancho", "curro", "frank", "kiko", "chico", "cisco", "paquito", "panchito"},
        {"jose", "pepe", "chepe", "pepito", "jose", "che", "cheo"},
        {"guadalupe", "lupe", "lupita", "pita"},
        {"jesus", "chuy", "chucho", "chuyito"},
        {"ignacio", "nacho"}, {"guillermo", "memo", "guille", "william"},
        {"alberto", "beto", "tito"}, {"roberto", "beto", "tito", "robert"}, {"humberto", "beto"},
        {"eduardo", "lalo", "edu"}, {"antonio", "tono", "tonio", "toni", "tony", "anthony"},
        {"enrique", "quique", "kike", "henry"}, {"manuel", "manolo", "manu", "meme"}, {"fernando", "nando", "fer"},
        {"gonzalo", "chalo"}, {"vicente", "chente"}, {"gregorio", "goyo"}, {"rosario", "charo", "chayo"},
        {"concepcion", "concha", "conchita"}, {"mercedes", "meche"}, {"rafael", "rafa", "rafi"},
        {"alejandro", "alex", "jando", "alejo"}, {"dolores", "lola", "lolita"}, {"ramon", "moncho"},
        {"isabel", "chabela", "isa"}, {"josefina", "chepina", "pepa", "fina"}, {"rodrigo", "rigo"},
        {"federico", "fede", "kiko"}, {"santiago", "santi", "chago"}, {"salvador", "chava", "salva"},
        {"luis", "lucho", "wicho"}, {"jorge", "coque", "george"}, {"javier", "javi"}, {"carlos", "charly", "carlitos"},
        {"rigoberto", "rigo"}, {"heriberto", "beto"}, {"adalberto", "beto"}, {"norberto", "beto"},
        {"maria", "mari", "maruca", "mary"}, {"teresa", "tere"}, {"margarita", "margo", "rita"},
        {"joaquin", "quino", "chino"}, {"ezequiel", "cheque"}, {"ismael", "mayo", "maello"},
        // English
        {"william", "bill", "billy", "will", "willy", "liam"}, {"robert", "bob", "bobby", "rob", "robbie", "bert"},
        {"james", "jim", "jimmy", "jamie"}, {"michael", "mike", "mikey", "mick"}, {"richard", "dick", "rick", "ricky", "rich"},
        {"thomas", "tom", "tommy"}, {"joseph", "joe", "joey"}, {"david", "dave", "davey"}, {"daniel", "dan", "danny"},
        {"christopher", "chris", "kit"}, {"samuel", "sam", "sammy"}, {"edward", "ed", "eddie", "ted", "ned"},
        {"alexander", "alex", "sasha", "sandy", "alec"}, {"nicholas", "nick", "nicky"}, {"katherine", "kate", "katie", "kathy", "kitty"},
        {"elizabeth", "liz", "beth", "betty", "lisa", "eliza"}, {"margaret", "maggie", "peggy", "meg"},
        {"charles", "charlie", "chuck"}, {"henry", "hank", "harry"}, {"john", "jack", "johnny"},
        {"anthony", "tony"}, {"stephen", "steve"}, {"steven", "steve"}, {"benjamin", "ben", "benny"},
        {"patrick", "pat", "paddy"}, {"lawrence", "larry"}, {"gerald", "jerry"}, {"jennifer", "jen", "jenny"},
        {"susan", "sue", "susie"}, {"deborah", "deb", "debbie"}, {"rebecca", "becky"}, {"patricia", "pat", "patty", "trish"},
        // Russian
        {"vladimir", "volodya", "vova", "volodia"}, {"aleksandr", "sasha", "sanya", "shura"}, {"mikhail", "misha"},
        {"nikolai", "kolya"}, {"dmitry", "dima", "mitya"}, {"sergei", "seryozha"}, {"ivan", "vanya"},
        {"yevgeny", "zhenya"}, {"konstantin", "kostya"}, {"anatoly", "tolya"}, {"viktor", "vitya"},
        {"sergey", "seryozha", "serezha"}, {"sergiy", "seryozha"}, {"dmitriy", "dima", "mitya"},
        {"dmitri", "dima", "mitya"}, {"nikolay", "kolya"}, {"yevgeniy", "zhenya"}, {"evgeny", "zhenya"},
        {"evgeniy", "zhenya"}, {"aleksey", "alyosha", "lyosha"}, {"alexey", "alyosha", "lyosha"},
        {"alexandr", "sasha"}, {"vyacheslav", "slava"}, {"yaroslav", "slava"}, {"stanislav", "stas"},
        {"pavel", "pasha"}, {"aleksei", "alyosha", "lyosha"}, {"yekaterina", "katya"}, {"tatiana", "tanya"},
        // Arabic
        {"muhammad", "hamada", "hamoud"}, {"abdullah", "abdo", "abboud"}, {"mustafa", "mostafa"},
    };

    private static final Map<String, Set<String>> CANON = new HashMap<>();

    static {
        for (String[] row : TABLE) {
            String full = row[0];
            for (String t : row) {
                CANON.computeIfAbsent(t, k -> new TreeSet<>()).add(full);
            }
        }
    }

    private Nicknames() {
    }

    /** The full names {@code token} may stand for, itself included when it is one; empty when unknown. */
    public static Set<String> canonical(String token) {
        Set<String> s = CANON.get(token);
        return s == null ? Set.of() : s;
    }

    /** True when the two tokens are a known name and its diminutive, or two diminutives of one name. */
    public static boolean related(String a, String b) {
        Set<String> ca = CANON.get(a);
        Set<String> cb = CANON.get(b);
        if (ca == null || cb == null) {
            return false;
        }
        for (String x : ca) {
            if (cb.contains(x)) {
                return true;
            }
        }
        return false;
    }
}
