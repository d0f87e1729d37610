package zhiti.audit.check;

import java.util.List;

/** Every check the audit runs, in one place. */
public final class Checks {
    private Checks() {
    }

    public static List<Check> all() {
        return List.of(new CagrCheck(), new GrowthCheck(), new MultipleCheck(), new PointsCheck(), new ShareCheck(),
                new SumCheck(), new NamedRowsTotalCheck(), new RatioOfCheck(), new EquivalenceCheck(), new CurrencyCheck(), new SameFactCheck(), new RepeatedFactCheck(), new EventDateCheck(), new TableCheck(), new TextTableCheck(), new TableGrowthCheck(), new TableShareCheck(), new ColumnShareCheck(), new RankingCheck(), new AnnualEnergyCheck(), new ProductCheck(), new TrainingCheck(), new InferenceChainCheck());
    }
}
