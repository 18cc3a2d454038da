using System.Globalization;
using System.Text;
using System.Xml;

namespace Cms.Domain.Feeds;

/// <summary>What RSS, Atom and sitemaps share: UTF-8 XML without characters XML forbids, and their date forms.</summary>
public static class FeedXml
{
    /// <summary>Settings of every document written here.</summary>
    public static XmlWriterSettings Settings { get; } = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
        Async = false,
    };

    /// <summary>Writes a document to bytes.</summary>
    public static byte[] Write(Action<XmlWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, Settings))
        {
            writer.WriteStartDocument();
            write(writer);
            writer.WriteEndDocument();
        }
        return stream.ToArray();
    }

    /// <summary>Text without the characters XML 1.0 cannot hold (controls, lone surrogates); everything else is escaped by the writer.</summary>
    public static string Clean(string text)
    {
        StringBuilder? clean = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                clean?.Append(c).Append(text[i + 1]);
                i++;
            }
            else if (XmlConvert.IsXmlChar(c))
            {
                clean?.Append(c);
            }
            else
            {
                clean ??= new StringBuilder(text.Length).Append(text, 0, i);
            }
        }
        return clean?.ToString() ?? text;
    }

    /// <summary>Writes an element with cleaned text.</summary>
    public static void Element(this XmlWriter writer, string name, string text) => writer.WriteElementString(name, Clean(text));

    /// <summary>Writes an element in a namespace with cleaned text.</summary>
    public static void Element(this XmlWriter writer, string prefix, string name, string ns, string text) =>
        writer.WriteElementString(prefix, name, ns, Clean(text));

    /// <summary>RFC 822 with a four-digit year, as RSS wants: <c>Sat, 18 Nov 2023 09:30:00 GMT</c>.</summary>
    public static string Rfc822(DateTimeOffset instant) => instant.UtcDateTime.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>RFC 3339 in UTC, as Atom and sitemaps want: <c>2023-11-18T09:30:00Z</c>.</summary>
    public static string Rfc3339(DateTimeOffset instant) => instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
