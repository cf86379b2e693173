import { Button, Card, Flex, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useProviders } from '../../jobs/hooks';
import { BatchList } from '../components/BatchList';
import { BatchUploadForm } from '../components/BatchUploadForm';
import { useBatchList } from '../hooks';

/** Batches: upload briefs in bulk, and the batches made so far. */
export default function BatchesPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const providers = useProviders();
  const batches = useBatchList();
  const items = batches.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <Flex vertical gap={16}>
      <Typography.Title level={2} style={{ margin: 0 }}>
        {t('setup.batches.title')}
      </Typography.Title>
      <Card title={t('setup.batches.upload.title')} data-testid="batch-upload">
        <Typography.Paragraph type="secondary">{t('setup.batches.upload.intro')}</Typography.Paragraph>
        {providers.error && <ErrorAlert error={providers.error} onRetry={() => void providers.refetch()} />}
        {providers.data ? (
          <BatchUploadForm
            providers={providers.data}
            onCreated={(batch) => void navigate(`/batches/${batch.id}`)}
          />
        ) : (
          !providers.error && <Spin />
        )}
      </Card>
      <Card title={t('setup.batches.list.title')}>
        {batches.error && <ErrorAlert error={batches.error} onRetry={() => void batches.refetch()} />}
        <BatchList batches={items} loading={batches.isLoading} />
        {batches.hasNextPage && (
          <Flex justify="center" style={{ marginTop: 12 }}>
            <Button onClick={() => void batches.fetchNextPage()} loading={batches.isFetchingNextPage}>
              {t('common.loadMore')}
            </Button>
          </Flex>
        )}
      </Card>
    </Flex>
  );
}
