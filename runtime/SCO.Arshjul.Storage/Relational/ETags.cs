using System.Globalization;
using SCO.Arshjul.Runtime;

namespace SCO.Arshjul.Storage;

/// <summary>
/// The ETag of a state row is its version number as text ("1" after the first write, then "2", …). A mismatch is
/// reported with <see cref="InconsistentStateException.For"/>, in the wording every provider shares.
/// </summary>
internal static class ETags
{
    public static string Format(long version) => version.ToString(CultureInfo.InvariantCulture);

    /// <summary>Parses an ETag this storage handed out; anything else can never match a stored version.</summary>
    public static bool TryParse(string etag, out long version) =>
        long.TryParse(etag, NumberStyles.None, CultureInfo.InvariantCulture, out version) && version > 0;
}
