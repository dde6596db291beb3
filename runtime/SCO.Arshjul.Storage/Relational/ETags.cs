using System.Globalization;
using SCO.Arshjul.Runtime;

namespace SCO.Arshjul.Storage;

/// <summary>
/// The ETag of a state row is its version number as text ("1" after the first write, then "2", …), and the
/// conflict that follows when a writer's ETag is not the stored one.
/// </summary>
internal static class ETags
{
    public static string Format(long version) => version.ToString(CultureInfo.InvariantCulture);

    /// <summary>Parses an ETag this storage handed out; anything else can never match a stored version.</summary>
    public static bool TryParse(string etag, out long version) =>
        long.TryParse(etag, NumberStyles.None, CultureInfo.InvariantCulture, out version) && version > 0;

    /// <summary>
    /// The exception for a write or delete refused because <paramref name="storedETag"/> (null: no row) is not
    /// <paramref name="currentETag"/> (null: the activation believed the grain was never written).
    /// </summary>
    public static InconsistentStateException Conflict(GrainId grainId, string? storedETag, string? currentETag, bool deleting)
    {
        var stored = storedETag is null ? "was cleared by another silo (no stored state" : $"was written by another silo (stored ETag {storedETag}";
        var had = currentETag is null ? "this activation had none" : $"this activation had {currentETag}";
        var nothing = deleting ? "deleted" : "written";
        return new InconsistentStateException($"State of {grainId} {stored}, {had}); nothing was {nothing}.", storedETag, currentETag);
    }
}
