using System.Text.Json;

namespace Cms.Infrastructure.Database;

/// <summary>
/// Many values as one parameter: a JSON array read with <c>IN (SELECT value FROM json_each(@list))</c>. Dapper's <c>IN @list</c>
/// makes a parameter per value, and binding hundreds of named parameters grows with the square of their number.
/// </summary>
internal static class ValueList
{
    /// <summary>The SQL that lists the values of the parameter <paramref name="name"/>.</summary>
    public static string In(string name) => $"(SELECT value FROM json_each(@{name}))";

    /// <summary>The parameter value for these strings.</summary>
    public static string Of(IEnumerable<string> values) => JsonSerializer.Serialize(values.ToArray(), ValueListJson.Default.StringArray);

    /// <summary>The parameter value for these ids, in their stored form.</summary>
    public static string Of(IEnumerable<Guid> ids) => Of(ids.Select(id => id.ToString("D")));
}

/// <summary>Source-generated JSON for <see cref="ValueList"/>.</summary>
[System.Text.Json.Serialization.JsonSerializable(typeof(string[]), TypeInfoPropertyName = "StringArray")]
internal sealed partial class ValueListJson : System.Text.Json.Serialization.JsonSerializerContext;
