import { BriefStatus, ContentType, Language } from '@draftbench/contracts';
import { PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useCan } from '../../auth/hooks';
import { BriefFilters } from '../components/BriefFilters';
import { BriefTable } from '../components/BriefTable';
import { useBriefList, type BriefFilters as Filters } from '../hooks';

/** Filters live in the URL so a filtered list can be shared and survives a reload. */
function useFilterParams(): [Filters, (filters: Filters) => void] {
  const [params, setParams] = useSearchParams();
  const filters: Filters = {
    contentType: ContentType.safeParse(params.get('contentType')).data,
    language: Language.safeParse(params.get('language')).data,
    status: BriefStatus.safeParse(params.get('status')).data,
  };
  const update = (next: Filters) => {
    const entries = Object.entries(next).flatMap(([key, value]): [string, string][] =>
      value ? [[key, value]] : [],
    );
    setParams(new URLSearchParams(entries), { replace: true });
  };
  return [filters, update];
}

export default function BriefListPage() {
  const { t } = useTranslation();
  const can = useCan();
  const [filters, setFilters] = useFilterParams();
  const briefs = useBriefList(filters);
  const items = briefs.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={12}>
        <Typography.Title level={2} style={{ margin: 0 }}>
          {t('briefs.list.title')}
        </Typography.Title>
        {can('createBrief') && (
          <Link to="/briefs/new">
            <Button type="primary" icon={<PlusOutlined />} data-testid="new-brief-button">
              {t('briefs.list.new')}
            </Button>
          </Link>
        )}
      </Flex>
      <BriefFilters value={filters} onChange={setFilters} />
      {briefs.error && <ErrorAlert error={briefs.error} onRetry={() => void briefs.refetch()} />}
      <BriefTable briefs={items} loading={briefs.isLoading} />
      {briefs.hasNextPage && (
        <Button
          onClick={() => void briefs.fetchNextPage()}
          loading={briefs.isFetchingNextPage}
          style={{ alignSelf: 'center' }}
        >
          {t('common.loadMore')}
        </Button>
      )}
    </Flex>
  );
}
