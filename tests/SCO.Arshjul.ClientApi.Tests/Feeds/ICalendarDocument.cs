using System.Text;

namespace SCO.Arshjul.ClientApi.Tests.Feeds;

/// <summary>
/// An iCalendar text checked against RFC 5545's framing as it is parsed: CRLF after every line and nowhere else, no
/// physical line longer than 75 octets, BEGIN/END properly nested from VCALENDAR down. Gives the unfolded lines and events.
/// </summary>
internal sealed class ICalendarDocument
{
    private ICalendarDocument(IReadOnlyList<string> lines, int continuationLines)
    {
        Lines = lines;
        ContinuationLines = continuationLines;
        Events = [.. Components("VEVENT")];
    }

    /// <summary>The content lines, unfolded.</summary>
    public IReadOnlyList<string> Lines { get; }

    /// <summary>How many physical lines continue a folded one.</summary>
    public int ContinuationLines { get; }

    /// <summary>The unfolded lines of each VEVENT, BEGIN and END excluded.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Events { get; }

    public static ICalendarDocument Parse(string text)
    {
        Assert.EndsWith("\r\n", text, StringComparison.Ordinal);
        var physical = text[..^2].Split("\r\n");
        Assert.All(physical, line => Assert.DoesNotContain('\n', line));
        Assert.All(physical, line => Assert.DoesNotContain('\r', line));
        Assert.All(physical, line => Assert.True(Encoding.UTF8.GetByteCount(line) <= 75, $"longer than 75 octets: {line}"));

        var lines = new List<string>();
        var continuations = 0;
        foreach (var line in physical)
        {
            if (line.StartsWith(' '))
            {
                Assert.NotEmpty(lines);
                lines[^1] += line[1..];
                continuations++;
            }
            else
            {
                lines.Add(line);
            }
        }

        AssertNested(lines);
        return new ICalendarDocument(lines, continuations);
    }

    /// <summary>The value of the first property <paramref name="name"/> (with or without parameters) in <paramref name="lines"/>, or null.</summary>
    public static string? Value(IEnumerable<string> lines, string name) =>
        lines.FirstOrDefault(l => l.StartsWith(name + ":", StringComparison.Ordinal) || l.StartsWith(name + ";", StringComparison.Ordinal)) is { } line
            ? line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..]
            : null;

    /// <summary>The whole line of the first property <paramref name="name"/>, or null.</summary>
    public static string? Line(IEnumerable<string> lines, string name) =>
        lines.FirstOrDefault(l => l.StartsWith(name + ":", StringComparison.Ordinal) || l.StartsWith(name + ";", StringComparison.Ordinal));

    private static void AssertNested(List<string> lines)
    {
        Assert.Equal("BEGIN:VCALENDAR", lines[0]);
        Assert.Equal("END:VCALENDAR", lines[^1]);
        var open = new Stack<string>();
        foreach (var line in lines)
        {
            if (line.StartsWith("BEGIN:", StringComparison.Ordinal))
            {
                open.Push(line["BEGIN:".Length..]);
            }
            else if (line.StartsWith("END:", StringComparison.Ordinal))
            {
                Assert.True(open.Count > 0, $"{line} closes nothing");
                Assert.Equal(open.Pop(), line["END:".Length..]);
            }
            else
            {
                Assert.True(open.Count > 0, $"{line} outside VCALENDAR");
            }
        }

        Assert.Empty(open);
    }

    private IEnumerable<IReadOnlyList<string>> Components(string name)
    {
        List<string>? current = null;
        foreach (var line in Lines)
        {
            if (line == $"BEGIN:{name}")
            {
                current = [];
            }
            else if (line == $"END:{name}")
            {
                yield return current!;
                current = null;
            }
            else
            {
                current?.Add(line);
            }
        }
    }
}
