using System.Globalization;
using System.Text;
using NodaTime;
using NodaTime.Text;

namespace SCO.Arshjul.ClientApi.Api.Meetings;

/// <summary>The id of an ad-hoc meeting, shaped like the wheel's: <c>{date}-{slug of the title}</c>, e.g. <c>2026-12-03-extra-styrelsemote</c>.</summary>
internal static class MeetingIds
{
    private const int MaxSlugLength = 60;

    public static string For(LocalDate date, string title) => $"{LocalDatePattern.Iso.Format(date)}-{Slug(title)}";

    /// <summary>Lower-case ASCII letters and digits joined by '-': "Extra styrelsemöte (budget)" → <c>extra-styrelsemote-budget</c>.</summary>
    public static string Slug(string title)
    {
        var slug = new StringBuilder();
        foreach (var c in Normalizable(title).Normalize(NormalizationForm.FormD).ToLowerInvariant())
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue; // å, ä, ö, é … lose their marks
            }

            if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                slug.Append(c);
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }

            if (slug.Length >= MaxSlugLength)
            {
                break;
            }
        }

        var text = slug.ToString().Trim('-');
        return text.Length == 0 ? "mote" : text;
    }

    /// <summary>
    /// <paramref name="title"/> with a space for each lone surrogate and U+FFFE/U+FFFF, which Unicode normalization
    /// refuses (a 500 on a pasted title); like any other symbol they only separate the slug's words.
    /// </summary>
    private static string Normalizable(string title) =>
        string.Concat(title.EnumerateRunes().Select(r => r == Rune.ReplacementChar || r.Value is 0xFFFE or 0xFFFF ? " " : r.ToString()));
}
