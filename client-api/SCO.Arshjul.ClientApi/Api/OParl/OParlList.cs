namespace SCO.Arshjul.ClientApi.Api.OParl;

/// <summary>One page of an OParl list: the objects, where the page stands, and the links to the others.</summary>
internal sealed record OParlList<T>(IReadOnlyList<T> Data, OParlPagination Pagination, OParlLinks Links);
