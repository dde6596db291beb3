using System.Buffers;
using System.Globalization;
using System.Text;

namespace SCO.Arshjul.ClientApi.Tests.Fuzz;

/// <summary>JSON written by hand, so that the generator can put into it what a serializer would refuse to write.</summary>
internal static class JsonText
{
    /// <summary>
    /// <paramref name="value"/> as a JSON string: quotes, backslashes and control characters escaped; with
    /// <paramref name="asciiOnly"/> every other non-ASCII character too, so a lone surrogate travels as its escape.
    /// </summary>
    public static string Quote(string value, bool asciiOnly = false)
    {
        var json = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            _ = c switch
            {
                '"' => json.Append("\\\""),
                '\\' => json.Append("\\\\"),
                < ' ' => json.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture)),
                > '~' when asciiOnly => json.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture)),
                _ => json.Append(c),
            };
        }

        return json.Append('"').ToString();
    }

    /// <summary>An object of <paramref name="properties"/> (raw JSON values), in their order, duplicates kept.</summary>
    public static string Object(IEnumerable<KeyValuePair<string, string>> properties) =>
        "{" + string.Join(",", properties.Select(p => $"{Quote(p.Key)}:{p.Value}")) + "}";

    /// <summary>The same as UTF-8, written straight into one buffer (a mebibyte value is copied once, not four times).</summary>
    public static byte[] ObjectBytes(IReadOnlyList<KeyValuePair<string, string>> properties)
    {
        var buffer = new ArrayBufferWriter<byte>(properties.Sum(p => p.Key.Length + p.Value.Length + 8) + 2);
        Encoding.UTF8.GetBytes("{", buffer);
        for (var i = 0; i < properties.Count; i++)
        {
            Encoding.UTF8.GetBytes($"{(i == 0 ? string.Empty : ",")}{Quote(properties[i].Key)}:", buffer);
            Encoding.UTF8.GetBytes(properties[i].Value, buffer);
        }

        Encoding.UTF8.GetBytes("}", buffer);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>A JSON array of one string.</summary>
    public static string List(string value) => $"[{Quote(value)}]";
}
