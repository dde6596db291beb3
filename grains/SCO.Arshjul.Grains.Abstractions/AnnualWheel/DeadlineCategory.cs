namespace SCO.Arshjul.Grains.AnnualWheel;

/// <summary>Kinds of deadline in the wheel.</summary>
public enum DeadlineCategory
{
    /// <summary>Årsredovisning (annual report for the year before).</summary>
    AnnualReport,

    /// <summary>Delårsrapport (tertial 2, to 31 August).</summary>
    InterimReport,

    /// <summary>Verksamhetsplan och budget for next year (decided in November).</summary>
    BusinessPlanAndBudget,

    /// <summary>Monthly statusrapport from each unit.</summary>
    StatusReport,

    /// <summary>Monthly budget follow-up (utfall och prognos).</summary>
    BudgetFollowUp,

    /// <summary>Quarterly ESF project report.</summary>
    EsfReport,

    /// <summary>Anything else.</summary>
    Other,
}
