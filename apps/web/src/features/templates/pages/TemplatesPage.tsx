import { ContentType, Language } from '@draftbench/contracts';
import { Alert, Col, Empty, Flex, Row, Select, Spin, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useCan } from '../../auth/hooks';
import { NewVersionModal } from '../components/NewVersionModal';
import { TemplateGroupCard } from '../components/TemplateGroupCard';
import { VersionPanel } from '../components/VersionPanel';
import { useTemplates } from '../hooks';
import { groupId, groupTemplates, type TemplateGroup } from '../model';

/** Settings → Prompt templates: versions per key and language, their labels, text and preview. */
export default function TemplatesPage() {
  const { t } = useTranslation();
  const manage = useCan()('manageTemplates');
  const [params, setParams] = useSearchParams();
  const contentType = ContentType.safeParse(params.get('contentType')).data;
  const language = Language.safeParse(params.get('language')).data;
  const selectedId = params.get('version') ?? undefined;
  const templates = useTemplates({ contentType, language });
  const groups = useMemo(() => groupTemplates(templates.data ?? []), [templates.data]);
  const selected = templates.data?.find((version) => version.id === selectedId);
  const [editing, setEditing] = useState<TemplateGroup | undefined>(undefined);

  const setParam = (name: string, value: string | undefined) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(name, value);
        else next.delete(name);
        return next;
      },
      { replace: true },
    );

  return (
    <Flex vertical gap={16}>
      <Typography.Title level={2} style={{ margin: 0 }}>
        {t('setup.templates.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('setup.templates.intro')}
      </Typography.Paragraph>
      {!manage && (
        <Alert type="info" showIcon data-testid="templates-read-only" title={t('setup.templates.readOnly')} />
      )}
      <Flex gap={12} wrap>
        <Select<ContentType>
          data-testid="template-filter-content-type"
          aria-label={t('setup.templates.filterContentType')}
          placeholder={t('setup.templates.filterContentType')}
          allowClear
          style={{ width: 200 }}
          value={contentType}
          onChange={(next?: ContentType) => setParam('contentType', next)}
          options={ContentType.options.map((option) => ({
            value: option,
            label: t(`contentType.${option}`),
          }))}
        />
        <Select<Language>
          data-testid="template-filter-language"
          aria-label={t('setup.templates.filterLanguage')}
          placeholder={t('setup.templates.filterLanguage')}
          allowClear
          style={{ width: 160 }}
          value={language}
          onChange={(next?: Language) => setParam('language', next)}
          options={Language.options.map((option) => ({ value: option, label: t(`briefLanguage.${option}`) }))}
        />
      </Flex>
      {templates.error && <ErrorAlert error={templates.error} onRetry={() => void templates.refetch()} />}
      {templates.isLoading && <Spin description={t('common.loading')} />}
      {templates.data && groups.length === 0 && <Empty description={t('setup.templates.empty')} />}
      {groups.length > 0 && (
        <Row gutter={[16, 16]} align="top">
          <Col xs={24} xl={12}>
            <Flex vertical gap={12} data-testid="template-groups">
              {groups.map((group) => (
                <TemplateGroupCard
                  key={groupId(group)}
                  group={group}
                  selectedId={selectedId}
                  onSelect={(version) => setParam('version', version.id)}
                  onNewVersion={setEditing}
                  manage={manage}
                />
              ))}
            </Flex>
          </Col>
          <Col xs={24} xl={12} style={{ position: 'sticky', top: 16 }}>
            {selected ? (
              <VersionPanel key={selected.id} template={selected} />
            ) : (
              <Empty data-testid="template-detail-empty" description={t('setup.templates.detail.pick')} />
            )}
          </Col>
        </Row>
      )}
      {editing && (
        <NewVersionModal
          key={groupId(editing)}
          group={editing}
          onClose={() => setEditing(undefined)}
          onCreated={(id) => setParam('version', id)}
        />
      )}
    </Flex>
  );
}
