using System.Data;
using System.Globalization;
using Dapper;

namespace Cms.Infrastructure.Database;

/// <summary>Ids and instants are stored as text, so they sort and read the same in every tool.</summary>
public static class TextColumns
{
    private static int registered;

    /// <summary>The stored form of an instant: UTC, milliseconds, a Z.</summary>
    public static string Format(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    /// <summary>
    /// An instant read from its stored form. The form <see cref="Format"/> writes is read field by field (every list and export
    /// row holds several, and the framework's general parser took a tenth of a microsecond or more each); any other ISO 8601
    /// form, as older rows may hold, goes through that parser.
    /// </summary>
    public static DateTimeOffset Parse(string stored) => StoredForm(stored) ??
        DateTimeOffset.Parse(stored, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    // "2024-03-01T08:30:15.123Z", or null for any other text.
    private static DateTimeOffset? StoredForm(ReadOnlySpan<char> text)
    {
        if (text is not [_, _, _, _, '-', _, _, '-', _, _, 'T', _, _, ':', _, _, ':', _, _, '.', _, _, _, 'Z']) return null;
        int year = Digits(text[..4]), month = Digits(text[5..7]), day = Digits(text[8..10]);
        int hour = Digits(text[11..13]), minute = Digits(text[14..16]), second = Digits(text[17..19]), millisecond = Digits(text[20..23]);
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month) || hour is < 0 or > 23
            || minute is < 0 or > 59 || second is < 0 or > 59 || millisecond < 0)
            return null;
        return new DateTimeOffset(year, month, day, hour, minute, second, millisecond, TimeSpan.Zero);
    }

    // The number the ASCII digits spell, or -1.
    private static int Digits(ReadOnlySpan<char> digits)
    {
        var value = 0;
        foreach (var digit in digits)
        {
            if (!char.IsAsciiDigit(digit)) return -1;
            value = value * 10 + digit - '0';
        }
        return value;
    }

    /// <summary>Teaches Dapper these forms, once per process.</summary>
    public static void Register()
    {
        if (Interlocked.Exchange(ref registered, 1) == 1) return;
        SqlMapper.RemoveTypeMap(typeof(Guid));
        SqlMapper.RemoveTypeMap(typeof(Guid?));
        SqlMapper.RemoveTypeMap(typeof(DateTimeOffset));
        SqlMapper.RemoveTypeMap(typeof(DateTimeOffset?));
        SqlMapper.AddTypeHandler(new GuidText());
        SqlMapper.AddTypeHandler(new InstantText());
        SqlMapper.AddTypeHandler(new PackedOrText());
        DefaultTypeMap.MatchNamesWithUnderscores = true;
    }

    private sealed class GuidText : SqlMapper.TypeHandler<Guid>
    {
        public override void SetValue(IDbDataParameter parameter, Guid value)
        {
            parameter.DbType = DbType.String;
            parameter.Value = value.ToString("D");
        }

        public override Guid Parse(object value) => Guid.Parse((string)value);
    }

    private sealed class PackedOrText : SqlMapper.TypeHandler<PackedText.Read>
    {
        public override void SetValue(IDbDataParameter parameter, PackedText.Read? value) =>
            throw new NotSupportedException("Packed text is written as the bytes or text it holds.");

        public override PackedText.Read Parse(object value) => new(value);
    }

    private sealed class InstantText : SqlMapper.TypeHandler<DateTimeOffset>
    {
        public override void SetValue(IDbDataParameter parameter, DateTimeOffset value)
        {
            parameter.DbType = DbType.String;
            parameter.Value = Format(value);
        }

        public override DateTimeOffset Parse(object value) => TextColumns.Parse((string)value);
    }
}
