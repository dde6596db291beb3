using NodaTime;

namespace SCO.Arshjul.Silo.Preview;

/// <summary>
/// What the wheel would send in a period, to whom and when, as the preview found by running the live reminder path on
/// a virtual clock (<see cref="WheelPreview"/>). Nothing was sent and nothing stored was changed.
/// </summary>
/// <param name="Organisation">The organisation's id.</param>
/// <param name="OrganisationName">Its name.</param>
/// <param name="From">The first day asked for (Europe/Stockholm).</param>
/// <param name="To">The last day.</param>
/// <param name="RunFrom">When the run began, local: now (what happens before the period shapes what is sent in it).</param>
/// <param name="Start">The first instant listed, local: the first day's midnight, or now when that is past.</param>
/// <param name="Assumption">What the preview assumes people do.</param>
/// <param name="Delivery">The configured channel.</param>
/// <param name="StatesRead">How many grain states were read from the organisation's storage (0 for a year never generated).</param>
/// <param name="Notifications">Every notification, by time, then kind and item.</param>
public sealed record PreviewResult(
    string Organisation,
    string OrganisationName,
    LocalDate From,
    LocalDate To,
    LocalDateTime RunFrom,
    LocalDateTime Start,
    PreviewAssumption Assumption,
    PreviewDelivery Delivery,
    int StatesRead,
    IReadOnlyList<PreviewNotification> Notifications,
    PreviewSummary Summary);
