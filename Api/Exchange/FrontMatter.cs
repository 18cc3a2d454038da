using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Cms.Domain.Common;

namespace Cms.Api.Exchange;

/// <summary>
/// The YAML front matter static-site generators write at the head of a Markdown file, between <c>---</c> lines: scalars
/// (plain, quoted, <c>|</c> and <c>&gt;</c> blocks), lists (<c>[a, b]</c> or <c>- a</c> lines) and one level of nested keys,
/// read as <c>parent.child</c>. Anchors and tags are dropped; aliases and deeper nesting are not read. A field read from a key
/// that holds a shape it cannot take (a list or map for a text, a list of maps, an alias, a key given twice) is a
/// <see cref="Problem"/>, since reading it as absent would lose what the file says.
/// </summary>
public sealed partial class FrontMatter
{
    private static readonly Unread Map = new("must not be a map (nested keys)");

    private readonly Dictionary<string, object> values = new(StringComparer.OrdinalIgnoreCase);

    private FrontMatter()
    {
    }

    /// <summary>The Markdown after the front matter.</summary>
    public string Body { get; private set; } = "";

    /// <summary>
    /// The first key read so far by <see cref="Text"/> or <see cref="List"/> that holds what its field cannot take, and why; a
    /// map is taken where one of the keys asked reads its entries (<c>cover</c> for <c>cover.image</c>).
    /// </summary>
    public Failure? Problem { get; private set; }

    /// <summary>The first of these keys that holds a text.</summary>
    public string? Text(params string[] keys)
    {
        foreach (var key in keys)
        {
            switch (values.GetValueOrDefault(key))
            {
                case string { Length: > 0 } text:
                    return text;
                case List<string> { Count: > 0 }:
                    Refuse(key, "must be a text, not a list");
                    break;
                case Unread unread when !ReadsEntries(unread, key, keys):
                    Refuse(key, unread.Problem);
                    break;
            }
        }
        return null;
    }

    /// <summary>Every item of these keys' lists (a lone text counts as a list of one), in order, without repeats.</summary>
    public IReadOnlyList<string> List(params string[] keys)
    {
        foreach (var key in keys)
            if (values.GetValueOrDefault(key) is Unread unread && !ReadsEntries(unread, key, keys)) Refuse(key, unread.Problem);
        return keys.SelectMany(key => values.GetValueOrDefault(key) switch
            {
                List<string> list => list,
                string text when text.Length > 0 => [text],
                _ => [],
            })
            .Where(item => item.Length > 0).Distinct(StringComparer.Ordinal).ToList();
    }

    private static bool ReadsEntries(Unread value, string key, string[] keys) =>
        value == Map && keys.Any(other => other.StartsWith(key + ".", StringComparison.OrdinalIgnoreCase));

    private void Refuse(string key, string problem) => Problem ??= Failure.InvalidField(key, problem);

    /// <summary>
    /// The first of these keys present, as <c>true</c> or <c>false</c> (YAML's <c>yes</c>/<c>no</c> and <c>on</c>/<c>off</c> too); a
    /// problem naming the key when it holds anything else, since reading it as absent could publish a draft.
    /// </summary>
    public (bool? Flag, Failure? Problem) Flag(params string[] keys)
    {
        if (First(keys) is not var (key, value)) return (null, null);
        if (value is Unread unread) return (null, Failure.InvalidField(key, unread.Problem));
        return (value as string)?.ToLowerInvariant() switch
        {
            "true" or "yes" or "on" => (true, null),
            "false" or "no" or "off" => (false, null),
            _ => (null, Failure.InvalidField(key, "must be true or false")),
        };
    }

    /// <summary>
    /// The first of these keys present, as a date or a date and time (UTC when it names no zone; Ruby's <c>UTC</c> and the zone
    /// name Go writes after an offset are read); a problem naming the key when it holds anything else, since reading it as
    /// absent would date the article now, and when it puts the day or month first, which archives write both ways.
    /// </summary>
    public (DateTimeOffset? Instant, Failure? Problem) Instant(params string[] keys)
    {
        if (First(keys) is not var (key, value)) return (null, null);
        if (value is Unread unread) return (null, Failure.InvalidField(key, unread.Problem));
        var text = ZoneName().Replace(value as string ?? "", match => " " + (match.Groups["offset"].Success ? match.Groups["offset"].Value : "+00:00"));
        if (DayOrMonthFirst().IsMatch(text))
            return (null, Failure.InvalidField(key, $"must start with the year, as in 2024-03-01: {text} could be read day or month first"));
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var at)
            ? (at, null)
            : (null, Failure.InvalidField(key, "must be a date such as 2024-03-01, or a date and time such as 2024-03-01T08:30:00+01:00"));
    }

    // "2023-11-17 08:00:00 UTC" (Ruby) or "2023-11-17 08:00:00 +0000 UTC" (Go): a zone name alone, or after the offset it repeats.
    [GeneratedRegex(@"(?<=\d)\s+(?:(?<offset>[+-]\d{2}:?\d{2})\s+[A-Z]{3,5}|UTC|GMT)$", RegexOptions.CultureInvariant)]
    private static partial Regex ZoneName();

    [GeneratedRegex(@"^\d{1,2}[/.]\d{1,2}[/.]\d", RegexOptions.CultureInvariant)]
    private static partial Regex DayOrMonthFirst();

    // The first of the keys that holds a value ('~', null, '' and a key with nothing after it hold none).
    private (string Key, object Value)? First(string[] keys) =>
        keys.Where(key => values.GetValueOrDefault(key) is not (null or "" or List<string> { Count: 0 }))
            .Select(key => ((string Key, object Value)?)(key, values[key])).FirstOrDefault();

    /// <summary>Reads a file's text; null with a reason when it has no YAML front matter.</summary>
    public static (FrontMatter? Matter, string? Problem) Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.TrimStart('\uFEFF').ReplaceLineEndings("\n").Split('\n');
        if (lines[0].TrimEnd() == "+++") return (null, "has TOML front matter (+++); only YAML (---) is read");
        if (lines[0].TrimEnd() != "---") return (null, "has no front matter: it must start with a --- line");
        var end = Array.FindIndex(lines, 1, line => line.TrimEnd() is "---" or "...");
        if (end < 0) return (null, "has front matter that never ends: a closing --- line is missing");
        var matter = new FrontMatter { Body = string.Join('\n', lines[(end + 1)..]).TrimStart('\n') };
        matter.Parse(lines[1..end]);
        return (matter, null);
    }

    private void Parse(string[] lines)
    {
        string? parent = null;
        string? listKey = null;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.TrimStart().StartsWith('#') || line.Trim().Length == 0) continue;
            var indent = line.Length - line.TrimStart().Length;
            var content = line.Trim();
            if (content.StartsWith("- ", StringComparison.Ordinal) || content == "-")
            {
                var item = Properties().Replace(StripComment(content[1..].Trim()), "");
                if (listKey is not null && values[listKey] is List<string> list)
                {
                    if (KeyEnd(item) >= 0 || item.StartsWith('{')) values[listKey] = new Unread("must not be a list of maps");
                    else if (item.StartsWith('*')) values[listKey] = Alias(item);
                    else list.Add(Scalar(item));
                }
                continue;
            }
            var colon = KeyEnd(content);
            if (colon < 0) continue;
            if (indent == 0) parent = null;
            var key = (indent > 0 && parent is not null ? parent + "." : "") + content[..colon].Trim().Trim('"', '\'');
            if (indent > 0 && parent is not null && values[parent] is List<string> { Count: 0 }) values[parent] = Map;
            var value = Properties().Replace(StripComment(content[(colon + 1)..].Trim()), "");
            listKey = null;
            var repeated = values.ContainsKey(key);
            if (value.Length > 0 && !IsBlock(value)) value = Folded(lines, ref i, indent, value);
            if (value.Length == 0)
            {
                // A nested map or a block list follows.
                if (indent == 0) parent = key;
                values[key] = new List<string>();
                listKey = key;
            }
            else if (IsBlock(value))
            {
                var block = new List<string>();
                while (i + 1 < lines.Length && (lines[i + 1].Trim().Length == 0 || lines[i + 1].Length - lines[i + 1].TrimStart().Length > indent))
                    block.Add(lines[++i].Trim());
                values[key] = (value[0] == '|' ? string.Join('\n', block) : string.Join(' ', block.Where(b => b.Length > 0))).Trim();
            }
            else if (value.StartsWith('[') && value.EndsWith(']'))
            {
                values[key] = SplitFlow(value[1..^1]).Select(Scalar).ToList();
            }
            else if (value.StartsWith('{'))
            {
                values[key] = Map;
            }
            else if (value.StartsWith('*'))
            {
                values[key] = Alias(value);
            }
            else
            {
                values[key] = IsOpenQuote(value) ? new Unread("has a quote that is not closed") : Scalar(value);
            }
            if (repeated) values[key] = new Unread("is given twice");
        }
    }

    private static bool IsBlock(string value) => value is "|" or ">" or "|-" or ">-" or "|+" or ">+";

    private static bool IsOpenQuote(string value) => value[0] is '"' or '\'' && (value.Length < 2 || value[^1] != value[0]);

    // A value goes on over the lines indented below its key, as YAML writers fold a long one; a line that reads as a key or a
    // list item ends a plain one.
    private static string Folded(string[] lines, ref int i, int indent, string value)
    {
        while (i + 1 < lines.Length && lines[i + 1].Trim() is { Length: > 0 } next && lines[i + 1].Length - lines[i + 1].TrimStart().Length > indent
               && (IsOpenQuote(value) || (KeyEnd(next) < 0 && !next.StartsWith("- ", StringComparison.Ordinal))))
        {
            value = StripComment(value + " " + next);
            i++;
        }
        return value;
    }

    private static Unread Alias(string value) => new($"is the alias {value}, which is not read: write the value itself");

    // An anchor (&name) or a tag (!!str) before a value.
    [GeneratedRegex(@"^(?:[&!]\S*(?:\s+|$))+", RegexOptions.CultureInvariant)]
    private static partial Regex Properties();

    // A value of a shape no field reads, and what to say when a field reads it.
    private sealed record Unread(string Problem);

    private static int KeyEnd(string content)
    {
        var quote = content.Length > 0 && content[0] is '"' or '\'' ? content.IndexOf(content[0], 1) : -1;
        var colon = content.IndexOf(": ", Math.Max(0, quote), StringComparison.Ordinal);
        return colon >= 0 ? colon : content.EndsWith(':') ? content.Length - 1 : -1;
    }

    private static string StripComment(string value)
    {
        if (value.Length > 0 && value[0] is '"' or '\'')
        {
            // A quoted scalar ends at its closing quote ('' and \" are quotes inside); a comment may follow it.
            for (var i = 1; i < value.Length; i++)
            {
                if (value[0] == '"' && value[i] == '\\') i++;
                else if (value[i] == value[0] && value[0] == '\'' && i + 1 < value.Length && value[i + 1] == '\'') i++;
                else if (value[i] == value[0]) return value[..(i + 1)];
            }
            return value;
        }
        var hash = value.IndexOf(" #", StringComparison.Ordinal);
        return hash >= 0 ? value[..hash].TrimEnd() : value;
    }

    private static IEnumerable<string> SplitFlow(string items)
    {
        var current = new StringBuilder();
        char? quote = null;
        foreach (var c in items)
        {
            if (quote is null && c == ',')
            {
                yield return current.ToString().Trim();
                current.Clear();
                continue;
            }
            if (c is '"' or '\'' && (quote is null || quote == c)) quote = quote is null ? c : null;
            current.Append(c);
        }
        if (current.ToString().Trim().Length > 0) yield return current.ToString().Trim();
    }

    private static string Scalar(string value)
    {
        if (value.Length >= 2 && value[0] == '\'' && value[^1] == '\'') return value[1..^1].Replace("''", "'", StringComparison.Ordinal);
        if (value.Length < 2 || value[0] != '"' || value[^1] != '"') return value is "~" or "null" ? "" : value;
        var text = new StringBuilder(value.Length);
        for (var i = 1; i < value.Length - 1; i++)
        {
            if (value[i] != '\\' || i + 1 >= value.Length - 1)
            {
                text.Append(value[i]);
                continue;
            }
            var next = value[++i];
            var digits = next switch { 'x' => 2, 'u' => 4, 'U' => 8, _ => 0 };
            if (digits > 0 && i + digits < value.Length - 1
                && int.TryParse(value.AsSpan(i + 1, digits), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code)
                && Rune.IsValid(code))
            {
                text.Append(new Rune(code).ToString());
                i += digits;
                continue;
            }
            text.Append(next switch { 'n' => '\n', 't' => '\t', 'r' => '\r', 'b' => '\b', 'f' => '\f', '0' => '\0', '_' => '\u00A0', 'N' => '\u0085', _ => next });
        }
        return text.ToString();
    }
}
