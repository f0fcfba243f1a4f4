import type { BaselineOptions } from "../../options/index.js";
import type { RunbookCommands } from "../types.js";
import { ERROR_PATTERN } from "../../components/logs/log-query.js";

/** Commands for operators of the ECS deployment, quoted by the runbooks. */
export function awsEcsRunbook(options: BaselineOptions): RunbookCommands {
  const region = options.deploy.region ?? "us-east-1";
  const p = `${options.name}-production`;
  const svc = options.backend.kind !== "none" ? `${p}-api` : `${p}-web`;
  const service = options.deploy.strategy === "rolling" ? svc : `${svc}-blue ${svc}-green`;
  return {
    status: `aws ecs describe-services --region ${region} --cluster ${p} --services ${service} --query 'services[].{name:serviceName,running:runningCount,desired:desiredCount,taskDef:taskDefinition,events:events[0:3].message}'`,
    logs: `aws logs tail /ecs/${p} --region ${region} --since 30m --follow`,
    logQuery: [
      `id=$(aws logs start-query --region ${region} --log-group-name /ecs/${p} --start-time $(($(date +%s) - 1800)) --end-time "$(date +%s)" --query-string 'fields @timestamp, @logStream, @message | filter @message like /${ERROR_PATTERN}/ | sort @timestamp desc | limit 100' --query queryId --output text)`,
      `aws logs get-query-results --region ${region} --query-id "$id"   # Logs Insights; repeat until "status": "Complete"`,
    ].join("\n"),
    events: `aws ecs describe-services --region ${region} --cluster ${p} --services ${service} --query 'services[].events[0:10].[createdAt,message]' --output table`,
    databaseStatus: `aws rds describe-db-instances --region ${region} --db-instance-identifier ${p} --query 'DBInstances[0].{status:DBInstanceStatus,endpoint:Endpoint.Address,storageFree:AllocatedStorage,multiAZ:MultiAZ}'`,
    listSnapshots: `aws rds describe-db-snapshots --region ${region} --db-instance-identifier ${p} --query 'reverse(sort_by(DBSnapshots,&SnapshotCreateTime))[0:5].[DBSnapshotIdentifier,SnapshotCreateTime,Status]' --output table`,
    rollback:
      options.deploy.strategy === "rolling"
        ? [
            `previous=$(aws ecs list-task-definitions --region ${region} --family-prefix ${svc} --sort DESC --query 'taskDefinitionArns[1]' --output text)`,
            `aws ecs update-service --region ${region} --cluster ${p} --service ${svc} --task-definition "$previous"`,
            `aws ecs wait services-stable --region ${region} --cluster ${p} --services ${svc}`,
          ].join("\n")
        : [
            `lb=$(aws elbv2 describe-load-balancers --region ${region} --names ${svc} --query 'LoadBalancers[0].LoadBalancerArn' --output text)`,
            `listener=$(aws elbv2 describe-listeners --region ${region} --load-balancer-arn "$lb" --query "Listeners[?Protocol=='HTTPS'].ListenerArn | [0]" --output text)`,
            `aws elbv2 describe-listeners --region ${region} --listener-arns "$listener" --query 'Listeners[0].DefaultActions[0].ForwardConfig.TargetGroups'`,
            `# send 100 to the target group that served before the deploy (the one at weight 0 or 10 now is the new version):`,
            `old_tg=$(aws elbv2 describe-target-groups --region ${region} --names ${svc}-blue --query 'TargetGroups[0].TargetGroupArn' --output text)   # or ${svc}-green`,
            `new_tg=$(aws elbv2 describe-target-groups --region ${region} --names ${svc}-green --query 'TargetGroups[0].TargetGroupArn' --output text)`,
            `aws elbv2 modify-listener --region ${region} --listener-arn "$listener" --default-actions "Type=forward,ForwardConfig={TargetGroups=[{TargetGroupArn=$old_tg,Weight=100},{TargetGroupArn=$new_tg,Weight=0}]}"`,
          ].join("\n"),
    scaleOut: `aws ecs update-service --region ${region} --cluster ${p} --service ${svc} --desired-count ${options.deploy.maxReplicas}`,
    restartService: `aws ecs update-service --region ${region} --cluster ${p} --service ${svc} --force-new-deployment`,
    storageCheck: `aws s3api head-bucket --region ${region} --bucket ${options.backup.bucket ?? `${options.name}-backups`} && aws health describe-events --region us-east-1 --filter services=S3,eventStatusCodes=open`,
    edgeBlock: [
      `id=$(aws wafv2 list-ip-sets --region ${region} --scope REGIONAL --query "IPSets[?Name=='${p}-blocked'].Id | [0]" --output text)`,
      `token=$(aws wafv2 get-ip-set --region ${region} --scope REGIONAL --name ${p}-blocked --id "$id" --query LockToken --output text)`,
      `aws wafv2 update-ip-set --region ${region} --scope REGIONAL --name ${p}-blocked --id "$id" --lock-token "$token" --addresses 203.0.113.7/32   # the offending CIDRs from the ALB logs`,
    ].join("\n"),
  };
}
