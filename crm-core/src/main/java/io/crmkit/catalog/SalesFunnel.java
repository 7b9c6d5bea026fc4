package io.crmkit.catalog;

import io.crmkit.InvalidInputException;
import io.crmkit.internal.Check;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** An ordered list of stages an interest passes. A host may define several funnels, one per kind of sale. */
public record SalesFunnel(String code, String name, List<Stage> stages) {
    public static final String DEFAULT_CODE = "DEFAULT";

    public SalesFunnel {
        Check.id("funnel.code", code);
        name = Check.name("funnel.name", name == null ? code : name);
        stages = Check.list("funnel.stages", stages);
        if (stages.isEmpty()) {
            throw new InvalidInputException("funnel.stages", code, "a funnel needs at least one stage");
        }
        Set<String> seen = new HashSet<>();
        for (Stage s : stages) {
            if (!seen.add(s.code())) {
                throw new InvalidInputException("funnel.stages", s.code(), "stage codes must be unique in funnel " + code);
            }
        }
    }

    /** The default funnel of SPEC.md: INQUIRY 10 → OFFER 30 → AGREEMENT 50 → CONTRACT 70 → FULFILMENT 90. */
    public static SalesFunnel defaultFunnel() {
        return new SalesFunnel(DEFAULT_CODE, "Sales", List.of(
                new Stage("INQUIRY", "Inquiry", 10),
                new Stage("OFFER", "Offer", 30),
                new Stage("AGREEMENT", "Agreement", 50),
                new Stage("CONTRACT", "Contract", 70),
                new Stage("FULFILMENT", "Fulfilment", 90)));
    }

    public Stage first() {
        return stages.get(0);
    }

    public Optional<Stage> find(String stageCode) {
        return stages.stream().filter(s -> s.code().equals(stageCode)).findFirst();
    }

    /** The stage with this code, or {@link InvalidInputException} naming {@code field}. */
    public Stage stage(String field, String stageCode) {
        return find(stageCode).orElseThrow(() ->
                new InvalidInputException(field, stageCode, "is not a stage of funnel " + code));
    }

    /** The position of a stage, 0 for the first; -1 when it is not in this funnel. */
    public int indexOf(String stageCode) {
        for (int i = 0; i < stages.size(); i++) {
            if (stages.get(i).code().equals(stageCode)) {
                return i;
            }
        }
        return -1;
    }
}
