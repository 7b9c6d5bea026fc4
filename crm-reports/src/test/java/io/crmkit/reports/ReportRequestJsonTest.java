package io.crmkit.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.crmkit.InvalidInputException;
import io.crmkit.org.DepartmentId;
import io.crmkit.org.ManagerId;
import io.crmkit.org.Scope;
import io.crmkit.product.ProductGroupId;
import io.crmkit.product.ProductId;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReportRequestJsonTest {
    private static final ObjectMapper M = new ObjectMapper();

    private static JsonNode json(String s) throws Exception {
        return M.readTree(s.replace('\'', '"'));
    }

    @Test
    void readsEveryMember() throws Exception {
        ReportRequest r = ReportRequestJson.parse(json("""
                {'name': 'funnel', 'type': 'SALES_FUNNEL', 'scope': {'department': 'sales'}, 'from': '2026-03-01',
                 'to': '2026-03-31', 'funnel': 'DEFAULT'}"""), "reports[0]");
        assertThat(r).isEqualTo(ReportRequest.salesFunnel("funnel", Scope.department(DepartmentId.of("sales")),
                LocalDate.parse("2026-03-01"), LocalDate.parse("2026-03-31"), "DEFAULT"));
        ReportRequest p = ReportRequestJson.parse(json("""
                {'name': 'prices', 'type': 'PRICE_LIST', 'priceType': 'RETAIL', 'date': '2026-03-13', 'groups': ['g1'],
                 'products': ['pr1', 'pr2']}"""), "reports[1]");
        assertThat(p.groups()).containsExactly(ProductGroupId.of("g1"));
        assertThat(p.products()).containsExactly(ProductId.of("pr1"), ProductId.of("pr2"));
        ReportRequest c = ReportRequestJson.parse(json("""
                {'name': 'c', 'type': 'MANAGER_CONTROL', 'scope': {'company': true}, 'variant': 'WARM_CLIENTS'}"""), "r");
        assertThat(c.variantOrDefault()).isEqualTo(ControlVariant.WARM_CLIENTS);
        assertThat(c.scope()).isEqualTo(Scope.company());
        ReportRequest t = ReportRequestJson.parse(json("{'name': 't', 'type': 'MY_TASKS', 'manager': 'm1'}"), "r");
        assertThat(t.manager()).isEqualTo(ManagerId.of("m1"));
        assertThat(ReportRequestJson.parse(json("{'name': 'x', 'type': 'MANAGER_CONTROL', 'scope': {'manager': 'm1'}}"), "r")
                .variantOrDefault()).isEqualTo(ControlVariant.TRAFFIC_LIGHT);
        ReportRequest f = ReportRequestJson.parse(json("{'name': 'f', 'type': 'FIND_CLIENT', 'phone': '8 912', 'email': null, 'nameLike': 'iv'}"), "r");
        assertThat(f.phone()).isEqualTo("8 912");
        assertThat(f.email()).isNull();
        assertThat(f.nameLike()).isEqualTo("iv");
    }

    @Test
    void namesTheJsonPathOfEveryProblem() {
        bad("{'type': 'SALES_FUNNEL'}", "reports[3].name");
        bad("{'name': 'a'}", "reports[3].type");
        bad("{'name': 'a', 'type': 'PIE_CHART'}", "reports[3].type");
        bad("{'name': 'a', 'type': 'SALES_FUNNEL', 'from': '2026-13-01'}", "reports[3].from");
        bad("{'name': 'a', 'type': 'SALES_FUNNEL', 'from': 20260301}", "reports[3].from");
        bad("{'name': 'a', 'type': 'SALES_FUNNEL', 'scope': {'team': 'x'}}", "reports[3].scope");
        bad("{'name': 'a', 'type': 'SALES_FUNNEL', 'scope': {'company': false}}", "reports[3].scope");
        bad("{'name': 'a', 'type': 'SALES_FUNNEL', 'scope': {'manager': 'm1', 'department': 'd'}}", "reports[3].scope");
        bad("{'name': 'a', 'type': 'SALES_FUNNEL', 'scope': {'manager': 'has space'}}", "reports[3].scope.manager");
        bad("{'name': 'a', 'type': 'MANAGER_CONTROL', 'variant': 'NOPE'}", "reports[3].variant");
        bad("{'name': 'a', 'type': 'PRICE_LIST', 'groups': 'g1'}", "reports[3].groups");
        bad("{'name': 'a', 'type': 'PRICE_LIST', 'products': ['p1', 7]}", "reports[3].products[1]");
        bad("[]", "reports[3]");
    }

    @Test
    void aMissingMemberIsNamedWhenTheReportIsBuilt() {
        ReportRequest r = ReportRequest.automotivator("auto", Scope.company(), null, LocalDate.parse("2026-03-01"));
        assertThatThrownBy(() -> r.require("from", r.from())).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("auto.from");
        assertThatThrownBy(() -> ReportRequest.automotivator(" ", Scope.company(), null, null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("name");
    }

    private static void bad(String doc, String path) {
        assertThatThrownBy(() -> ReportRequestJson.parse(json(doc), "reports[3]"))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo(path));
    }
}
