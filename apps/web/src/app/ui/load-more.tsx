import { useTranslation } from "react-i18next";

interface LoadMoreProps {
  shown: number;
  hasMore: boolean;
  isLoading: boolean;
  onLoadMore: () => void;
}

/** "Load more" under a paginated table, with a polite count of the rows shown. */
export function LoadMore({ shown, hasMore, isLoading, onLoadMore }: LoadMoreProps) {
  const { t } = useTranslation();
  return (
    <div className="d-flex flex-wrap align-items-center gap-3 mt-3">
      <p className="mb-0" aria-live="polite">
        {t("common.rowsShown", { n: shown })}
        {hasMore ? "" : ` ${t("common.allShown")}`}
      </p>
      {hasMore ? (
        <button
          type="button"
          className="btn btn-outline-primary"
          onClick={onLoadMore}
          disabled={isLoading}
          data-testid="load-more"
        >
          {isLoading ? t("common.loadingMore") : t("common.loadMore")}
        </button>
      ) : null}
    </div>
  );
}
