namespace SCO.Arshjul.ClientApi.Api;

/// <summary>How a list pages (<see cref="PageRequest"/>): the size parameter's name, its default and maximum, and the problem codes.</summary>
/// <param name="SizeName">The query parameter of the page size, e.g. <c>limit</c> or <c>pageSize</c>.</param>
/// <param name="PageCode">The problem code of a bad <c>page</c>.</param>
/// <param name="SizeCode">The problem code of a bad page size.</param>
internal sealed record PageParameters(string SizeName, int DefaultSize, int MaxSize, string PageCode, string SizeCode);
