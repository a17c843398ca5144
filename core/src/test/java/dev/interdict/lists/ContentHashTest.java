package dev.interdict.lists;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interdict.model.Entity;
import dev.interdict.model.Name;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContentHashTest {

    private static Entity e(String id, String name) {
        return Entity.builder("l", id).name(Name.primary(name)).build();
    }

    @Test
    void sameContentInAnyOrderHashesTheSame() {
        List<Entity> a = List.of(e("1", "A"), e("2", "B"), e("3", "C"));
        List<Entity> b = new ArrayList<>(a);
        Collections.reverse(b);
        assertThat(ContentHash.of(a)).isEqualTo(ContentHash.of(b)).hasSize(64).matches("[0-9a-f]+");
        ListVersion v = ListVersion.of("l", ListFormat.FTM_JSON, null, a, LoadReport.builder().build(a));
        assertThat(v.contentHash()).isEqualTo(ContentHash.of(b));
    }

    @Test
    void anyChangeChangesTheHash() {
        String base = ContentHash.of(List.of(e("1", "A"), e("2", "B")));
        assertThat(ContentHash.of(List.of(e("1", "A"), e("2", "BB")))).isNotEqualTo(base);
        assertThat(ContentHash.of(List.of(e("1", "A")))).isNotEqualTo(base);
        Entity withRemark = e("2", "B").toBuilder().remarks("r").build();
        assertThat(ContentHash.of(List.of(e("1", "A"), withRemark))).isNotEqualTo(base);
        // values cannot imitate separators: "A" + "B C" differs from "A B" + "C"
        Entity x = Entity.builder("l", "1").name(Name.primary("A")).name(Name.alias("B C")).build();
        Entity y = Entity.builder("l", "1").name(Name.primary("A B")).name(Name.alias("C")).build();
        assertThat(ContentHash.canonical(x)).isNotEqualTo(ContentHash.canonical(y));
    }
}
