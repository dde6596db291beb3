using System.Globalization;
using NodaTime.Text;
using SCO.Arshjul.Notifications;

namespace SCO.Arshjul.Silo.Preview;

/// <summary>
/// The preview as plain Swedish text for the console (<c>arshjul preview --format table</c>): a heading with the period,
/// channel and assumption; week by week one row per notification and recipient (the notification's columns on its
/// first row only); then the counts per kind and per person and the flags.
/// </summary>
public static class PreviewTable
{
    private static readonly LocalDatePattern Date = LocalDatePattern.Iso;
    private static readonly LocalTimePattern Time = LocalTimePattern.CreateWithInvariantCulture("HH:mm");
    private static readonly LocalDateTimePattern DateTime = LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd HH:mm");

    /// <summary>Writes the whole table.</summary>
    public static async Task WriteAsync(PreviewResult result, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(output);
        await WriteHeadingAsync(result, output);
        var subjectWidth = Math.Min(60, result.Notifications.Select(n => n.Subject.Length).DefaultIfEmpty(5).Max());
        foreach (var week in result.Notifications.GroupBy(n => PreviewWeek.Of(n.At.Date)))
        {
            await output.WriteLineAsync(Invariant($"\nVecka {week.Key.Week} ({Date.Format(week.Key.Monday)} – {Date.Format(week.Key.Sunday)}), {week.Count()} utskick"));
            await output.WriteLineAsync(Invariant($"  {"Datum",-14}  {"Tid",-5}  {"Typ",-25}  {Pad("Ämne", subjectWidth)}  {"Mottagare",-22}  {"Roll",-22}  E-post"));
            foreach (var notification in week)
            {
                await WriteRowsAsync(notification, result.Summary, subjectWidth, output);
            }
        }

        await WriteSummaryAsync(result, output);
    }

    /// <summary>The heading: organisation, period, where the preview began, the channel, what was read, the assumption.</summary>
    public static async Task WriteHeadingAsync(PreviewResult result, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(output);
        await output.WriteLineAsync(Invariant($"Förhandsvisning – {result.OrganisationName} ({result.Organisation}), {Date.Format(result.From)} – {Date.Format(result.To)}"));
        await output.WriteLineAsync(Invariant($"Hjulet körs från {DateTime.Format(result.RunFrom)} (nu); utskick från {DateTime.Format(result.Start)} visas. Inget skickas och inget sparat ändras."));
        await output.WriteLineAsync(Invariant($"Kanal: {result.Delivery.Channel} ({result.Delivery.Destination})."));
        await output.WriteLineAsync(result.StatesRead > 0
            ? Invariant($"Utgår från det sparade läget ({result.StatesRead} objekt lästa ur databasen).")
            : "Inget sparat läge: perioden förhandsvisas från konfigurationen (mall och årsfil).");
        await output.WriteLineAsync($"Antagande: {result.Assumption.Text}");
    }

    /// <summary>The counts per kind and per person, and the flags.</summary>
    public static async Task WriteSummaryAsync(PreviewResult result, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(output);
        var summary = result.Summary;
        await output.WriteLineAsync(Invariant($"\nSumma: {summary.Notifications} utskick i {summary.Messages} meddelanden."));
        await output.WriteLineAsync("Per typ: " + Join(summary.PerKind.Select(k => Invariant($"{k.Label} {k.Count}"))));
        await output.WriteLineAsync("Per person: " + Join(summary.PerPerson.Select(p => Invariant($"{p.Name} {p.Count}"))));
        await output.WriteLineAsync(summary.NonWorkingDays.Count == 0
            ? "Helgdagar: inga utskick på helger eller helgdagar."
            : "FLAGGA helgdag: " + Join(summary.NonWorkingDays.Select(d => Invariant($"{Date.Format(d.Date)} ({d.Reason}) {d.Count} utskick"))));
        await output.WriteLineAsync(summary.BusyDays.Count == 0
            ? Invariant($"Många på en dag: ingen får fler än {summary.MaxPerPersonPerDay} utskick samma dag.")
            : Invariant($"FLAGGA fler än {summary.MaxPerPersonPerDay} samma dag: ") + Join(summary.BusyDays.Select(b => Invariant($"{b.Name} {Date.Format(b.Date)} ({b.Count})"))));
    }

    private static async Task WriteRowsAsync(PreviewNotification notification, PreviewSummary summary, int subjectWidth, TextWriter output)
    {
        var date = notification.At.Date;
        var flag = summary.IsNonWorking(date) ? "!" : " ";
        var first = Invariant($"{flag} {Date.Format(date)} {PreviewWeek.Weekday(date)}  {Time.Format(notification.At.TimeOfDay)}  {NotificationKindNames.Swedish(notification.Kind),-25}  {Pad(notification.Subject, subjectWidth)}");
        var blank = new string(' ', first.Length);
        for (var i = 0; i < notification.Recipients.Count; i++)
        {
            var recipient = notification.Recipients[i];
            var busy = summary.IsBusy(recipient.PersonId, date) ? " !" : string.Empty;
            var role = recipient.Required ? recipient.Role : $"{recipient.Role} (valfri)";
            await output.WriteLineAsync(Invariant($"{(i == 0 ? first : blank)}  {Pad(recipient.Name, 22)}  {Pad(role, 22)}  {recipient.Email}{busy}"));
        }
    }

    private static string Pad(string text, int width) => text.Length > width ? text[..(width - 1)] + "…" : text.PadRight(width);

    private static string Join(IEnumerable<string> parts) => parts.Any() ? string.Join(", ", parts) : "–";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
