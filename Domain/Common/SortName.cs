using System.Globalization;
using System.Text;

namespace Cms.Domain.Common;

/// <summary>The form of a name that lists sort by, so that "À relire" files under A and "Économie" under E.</summary>
public static class SortName
{
    /// <summary>The name without accents, in lowercase.</summary>
    public static string Of(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in UnicodeForms.Of(name, NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) builder.Append(char.ToLowerInvariant(c));
        }
        return builder.ToString().Normalize(NormalizationForm.FormC);
    }
}
