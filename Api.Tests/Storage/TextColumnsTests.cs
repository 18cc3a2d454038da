using Cms.Infrastructure.Database;

namespace Cms.Api.Tests.Storage;

/// <summary>Instants are stored as text in one form and read back from it, or from any ISO 8601 form older rows hold.</summary>
public sealed class TextColumnsTests
{
    [TestCase("2024-03-01T08:30:15.123Z")]
    [TestCase("2024-02-29T23:59:59.999Z")]
    [TestCase("0001-01-01T00:00:00.000Z")]
    [TestCase("9999-12-31T23:59:59.999Z")]
    [TestCase("1969-07-20T20:17:40.000Z")]
    public void An_instant_in_the_stored_form_reads_back_as_the_framework_parses_it(string stored)
    {
        var read = TextColumns.Parse(stored);

        Assert.Multiple(() =>
        {
            Assert.That(read, Is.EqualTo(DateTimeOffset.Parse(stored, System.Globalization.CultureInfo.InvariantCulture)));
            Assert.That(read.Offset, Is.EqualTo(TimeSpan.Zero));
            Assert.That(TextColumns.Format(read), Is.EqualTo(stored));
        });
    }

    [TestCase("2024-03-01T08:30:15Z", "2024-03-01T08:30:15.000Z")]
    [TestCase("2024-03-01T10:30:15.5+02:00", "2024-03-01T08:30:15.500Z")]
    [TestCase("2024-03-01 08:30:15", "2024-03-01T08:30:15.000Z")]
    public void An_instant_in_another_iso_form_is_read_as_utc(string stored, string expected) =>
        Assert.That(TextColumns.Format(TextColumns.Parse(stored)), Is.EqualTo(expected));

    [TestCase("2023-02-29T08:30:15.123Z")]
    [TestCase("2024-13-01T08:30:15.123Z")]
    [TestCase("2024-03-01T24:30:15.123Z")]
    [TestCase("2024-03-01T08:30:1x.123Z")]
    public void A_text_that_only_looks_like_the_stored_form_is_not_an_instant(string stored) =>
        Assert.That(() => TextColumns.Parse(stored), Throws.InstanceOf<FormatException>());
}
