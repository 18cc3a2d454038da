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

    /// <summary>An instant read from its stored form.</summary>
    public static DateTimeOffset Parse(string stored) =>
        DateTimeOffset.Parse(stored, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

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
