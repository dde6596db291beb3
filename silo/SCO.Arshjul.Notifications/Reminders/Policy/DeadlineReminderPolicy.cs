using SCO.Arshjul.Grains.AnnualWheel;

namespace SCO.Arshjul.Notifications.Reminders.Policy;

/// <summary>Reminders of report deadlines: one policy per <see cref="DeadlineCategory"/>, else <see cref="Default"/>.</summary>
/// <param name="Default">For a category without its own policy.</param>
/// <param name="ByCategory">Policies of particular categories (årsredovisning, statusrapport …).</param>
public sealed record DeadlineReminderPolicy(
    DueReminderPolicy Default,
    IReadOnlyDictionary<DeadlineCategory, DueReminderPolicy> ByCategory)
{
    /// <summary><see cref="DueReminderPolicy.Default"/> for every category.</summary>
    public static DeadlineReminderPolicy AllDefault { get; } = new(DueReminderPolicy.Default, new Dictionary<DeadlineCategory, DueReminderPolicy>());

    /// <summary>The policy of <paramref name="category"/>.</summary>
    public DueReminderPolicy For(DeadlineCategory category) =>
        ByCategory.TryGetValue(category, out var policy) ? policy : Default;
}
