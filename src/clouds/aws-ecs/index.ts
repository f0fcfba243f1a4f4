import { ecsEnvironmentInput } from "../../components/app-config/variables.js";
import { pinnedAction } from "../../workflows/pins.js";
import { migrationCommand, resourcePrefix, script } from "../services.js";
import type { CloudStrategy, DeployContext, ServiceTarget, Step } from "../types.js";
import { awsEcsRunbook } from "./runbook.js";

const progressive = (ctx: DeployContext): boolean => ctx.options.deploy.strategy !== "rolling";

/** Names Terraform gives the pieces of one service (`templates/terraform/aws-ecs`). */
export function ecsNames(ctx: Pick<DeployContext, "options" | "environment">, svc: ServiceTarget) {
  const base = `${resourcePrefix(ctx)}-${svc.key}`;
  return { service: base, blue: `${base}-blue`, green: `${base}-green`, loadBalancer: base };
}

function prepare(ctx: DeployContext, svc: ServiceTarget): Step[] {
  const names = ecsNames(ctx, svc);
  const key = svc.key;
  const record: Step = progressive(ctx)
    ? {
        id: `previous-${key}`,
        name: `Find the live and idle ${key} services (blue/green)`,
        env: { LB_NAME: names.loadBalancer, BLUE: names.blue, GREEN: names.green },
        run: script(
          `lb_arn=$(aws elbv2 describe-load-balancers --names "$LB_NAME" --query 'LoadBalancers[0].LoadBalancerArn' --output text)`,
          `listener=$(aws elbv2 describe-listeners --load-balancer-arn "$lb_arn" --query "Listeners[?Protocol=='HTTPS'].ListenerArn | [0]" --output text)`,
          `blue_tg=$(aws elbv2 describe-target-groups --names "$BLUE" --query 'TargetGroups[0].TargetGroupArn' --output text)`,
          `green_tg=$(aws elbv2 describe-target-groups --names "$GREEN" --query 'TargetGroups[0].TargetGroupArn' --output text)`,
          `blue_weight=$(aws elbv2 describe-listeners --listener-arns "$listener" --output json | jq -r --arg tg "$blue_tg" '[.Listeners[0].DefaultActions[0].ForwardConfig.TargetGroups[] | select(.TargetGroupArn == $tg) | .Weight] | first // 0')`,
          `if [ "$blue_weight" -ge 50 ]; then live=blue; idle=green; live_tg=$blue_tg; idle_tg=$green_tg; live_service=$BLUE; idle_service=$GREEN`,
          `else live=green; idle=blue; live_tg=$green_tg; idle_tg=$blue_tg; live_service=$GREEN; idle_service=$BLUE; fi`,
          `{`,
          `  echo "live=$live"`,
          `  echo "idle=$idle"`,
          `  echo "listener=$listener"`,
          `  echo "live_tg=$live_tg"`,
          `  echo "idle_tg=$idle_tg"`,
          `  echo "live_service=$live_service"`,
          `  echo "idle_service=$idle_service"`,
          `} >> "$GITHUB_OUTPUT"`,
          `live_task_definition=$(aws ecs describe-services --cluster "$ECS_CLUSTER" --services "$live_service" --query 'services[0].taskDefinition' --output text)`,
          `aws ecs describe-task-definition --task-definition "$live_task_definition" --query taskDefinition > "task-definition-${key}.json"`,
        ),
      }
    : {
        id: `previous-${key}`,
        name: `Record the running ${key} task definition`,
        env: { SERVICE: names.service },
        run: script(
          `previous=$(aws ecs describe-services --cluster "$ECS_CLUSTER" --services "$SERVICE" --query 'services[0].taskDefinition' --output text)`,
          `echo "task_definition=$previous" >> "$GITHUB_OUTPUT"`,
          `aws ecs describe-task-definition --task-definition "$previous" --query taskDefinition > "task-definition-${key}.json"`,
        ),
      };
  return [
    record,
    {
      id: `render-${key}`,
      name: `Put the new ${key} image into the task definition`,
      uses: pinnedAction("aws-actions/amazon-ecs-render-task-definition"),
      with: {
        "task-definition": `task-definition-${key}.json`,
        "container-name": key,
        image: `\${{ env.IMAGE_${key.toUpperCase()} }}`,
        ...ecsEnvironmentInput(ctx.options, ctx.environment, key),
      },
    },
    {
      id: `register-${key}`,
      name: `Register the ${key} task definition (no service: deploy comes after migrations)`,
      uses: pinnedAction("aws-actions/amazon-ecs-deploy-task-definition"),
      with: { "task-definition": `\${{ steps.render-${key}.outputs.task-definition }}` },
    },
  ];
}

function serviceFor(ctx: DeployContext, svc: ServiceTarget): string {
  return progressive(ctx) ? `\${{ steps.previous-${svc.key}.outputs.idle_service }}` : ecsNames(ctx, svc).service;
}

export const awsEcs: CloudStrategy = {
  id: "aws-ecs",
  title: "AWS ECS on Fargate",
  strategies: ["rolling", "canary", "blue-green"],
  defaultRegion: "us-east-1",
  buildPermissions: { "id-token": "write" },
  deployPermissions: { "id-token": "write" },
  env: (ctx) => ({
    AWS_REGION: ctx.options.deploy.region ?? "us-east-1",
    ECS_CLUSTER: resourcePrefix(ctx),
    DB_INSTANCE_ID: resourcePrefix(ctx),
  }),
  login: () => [
    {
      name: "Log in to AWS with OIDC",
      uses: pinnedAction("aws-actions/configure-aws-credentials"),
      with: { "role-to-assume": "${{ vars.AWS_DEPLOY_ROLE_ARN }}", "aws-region": "${{ env.AWS_REGION }}", "role-session-name": "deploy-${{ github.run_id }}" },
    },
  ],
  registry: (options) => [
    {
      name: "Log in to AWS with OIDC",
      uses: pinnedAction("aws-actions/configure-aws-credentials"),
      // The registry host carries the account id; masking it would blank the job output.
      with: { "role-to-assume": "${{ vars.AWS_DEPLOY_ROLE_ARN }}", "aws-region": options.deploy.region ?? "us-east-1", "mask-aws-account-id": false },
    },
    { id: "registry", name: "Log in to Amazon ECR", uses: pinnedAction("aws-actions/amazon-ecr-login") },
  ],
  prepare,
  snapshot: () => [
    {
      id: "snapshot",
      name: "Snapshot the database before deploying (waits until available)",
      "timeout-minutes": 30,
      run: script(
        `snapshot="$DB_INSTANCE_ID-predeploy-$GITHUB_RUN_ID-$GITHUB_RUN_ATTEMPT"`,
        `aws rds create-db-snapshot --db-instance-identifier "$DB_INSTANCE_ID" --db-snapshot-identifier "$snapshot" --tags Key=reason,Value=pre-deploy > /dev/null`,
        `aws rds wait db-snapshot-available --db-instance-identifier "$DB_INSTANCE_ID" --db-snapshot-identifier "$snapshot"`,
        `echo "snapshot=$snapshot" >> "$GITHUB_OUTPUT"`,
      ),
    },
  ],
  migrate: (ctx, svc) => [
    {
      id: "migrate",
      name: "Run migrations as a one-off ECS task; a non-zero exit fails the deploy",
      "timeout-minutes": 20,
      env: {
        SERVICE: serviceFor(ctx, svc),
        TASK_DEFINITION: `\${{ steps.register-${svc.key}.outputs.task-definition-arn }}`,
      },
      run: script(
          `overrides='${JSON.stringify({ containerOverrides: [{ name: svc.key, command: migrationCommand(ctx.options) }] })}'`,
        `network=$(aws ecs describe-services --cluster "$ECS_CLUSTER" --services "$SERVICE" --query 'services[0].networkConfiguration' --output json)`,
        `task=$(aws ecs run-task --cluster "$ECS_CLUSTER" --launch-type FARGATE --task-definition "$TASK_DEFINITION" --network-configuration "$network" --overrides "$overrides" --started-by "migrate-$GITHUB_RUN_ID" --query 'tasks[0].taskArn' --output text)`,
        `echo "Migration task: $task"`,
        `aws ecs wait tasks-stopped --cluster "$ECS_CLUSTER" --tasks "$task"`,
        `exit_code=$(aws ecs describe-tasks --cluster "$ECS_CLUSTER" --tasks "$task" --query "tasks[0].containers[?name=='${svc.key}'].exitCode | [0]" --output text)`,
        `if [ "$exit_code" != "0" ]; then`,
        `  echo "::error::Migration task exited with $exit_code"`,
        `  exit 1`,
        `fi`,
      ),
    },
  ],
  deploy: (ctx, svc) => {
    const key = svc.key;
    const arn = `\${{ steps.register-${key}.outputs.task-definition-arn }}`;
    if (!progressive(ctx)) {
      return [
        {
          id: `deploy-${key}`,
          name: `Deploy ${key} and wait until the service is stable`,
          "timeout-minutes": 20,
          env: { SERVICE: ecsNames(ctx, svc).service, TASK_DEFINITION: arn },
          run: script(
            `aws ecs update-service --cluster "$ECS_CLUSTER" --service "$SERVICE" --task-definition "$TASK_DEFINITION" > /dev/null`,
            `aws ecs wait services-stable --cluster "$ECS_CLUSTER" --services "$SERVICE"`,
          ),
        },
      ];
    }
    return [
      {
        id: `deploy-${key}`,
        name: `Deploy ${key} to the idle service and wait for healthy targets`,
        "timeout-minutes": 20,
        env: {
          IDLE_SERVICE: `\${{ steps.previous-${key}.outputs.idle_service }}`,
          LIVE_SERVICE: `\${{ steps.previous-${key}.outputs.live_service }}`,
          IDLE_TG: `\${{ steps.previous-${key}.outputs.idle_tg }}`,
          TASK_DEFINITION: arn,
        },
        run: script(
          `desired=$(aws ecs describe-services --cluster "$ECS_CLUSTER" --services "$LIVE_SERVICE" --query 'services[0].desiredCount' --output text)`,
          `aws ecs update-service --cluster "$ECS_CLUSTER" --service "$IDLE_SERVICE" --task-definition "$TASK_DEFINITION" --desired-count "$desired" > /dev/null`,
          `aws ecs wait services-stable --cluster "$ECS_CLUSTER" --services "$IDLE_SERVICE"`,
          `# The target group health check calls ${svc.healthPath}; poll it with a deadline.`,
          `deadline=$((SECONDS + 300))`,
          `until [ "$(aws elbv2 describe-target-health --target-group-arn "$IDLE_TG" --query "length(TargetHealthDescriptions[?TargetHealth.State!='healthy'])" --output text)" = "0" ]; do`,
          `  if (( SECONDS >= deadline )); then echo "::error::$IDLE_SERVICE targets not healthy in 300s"; exit 1; fi`,
          `  sleep 10`,
          `done`,
        ),
      },
    ];
  },
  shift: (_ctx, svc, percent) => [
    {
      id: `shift-${svc.key}-${percent}`,
      name: `Send ${percent}% of ${svc.key} traffic to the new version`,
      env: {
        LISTENER: `\${{ steps.previous-${svc.key}.outputs.listener }}`,
        IDLE_TG: `\${{ steps.previous-${svc.key}.outputs.idle_tg }}`,
        LIVE_TG: `\${{ steps.previous-${svc.key}.outputs.live_tg }}`,
      },
      run: script(
        `aws elbv2 modify-listener --listener-arn "$LISTENER" --default-actions "Type=forward,ForwardConfig={TargetGroups=[{TargetGroupArn=$IDLE_TG,Weight=${percent}},{TargetGroupArn=$LIVE_TG,Weight=${100 - percent}}]}" > /dev/null`,
      ),
    },
  ],
  rollback: (ctx, svc) => {
    const key = svc.key;
    if (!progressive(ctx)) {
      return [
        {
          name: `Roll ${key} back to the previous task definition`,
          env: { SERVICE: ecsNames(ctx, svc).service, PREVIOUS: `\${{ steps.previous-${key}.outputs.task_definition }}` },
          run: script(
            `aws ecs update-service --cluster "$ECS_CLUSTER" --service "$SERVICE" --task-definition "$PREVIOUS" > /dev/null`,
            `aws ecs wait services-stable --cluster "$ECS_CLUSTER" --services "$SERVICE"`,
            `echo "::warning::Rolled $SERVICE back to $PREVIOUS"`,
          ),
        },
      ];
    }
    return [
      {
        name: `Send all ${key} traffic back to the live service`,
        env: {
          LISTENER: `\${{ steps.previous-${key}.outputs.listener }}`,
          IDLE_TG: `\${{ steps.previous-${key}.outputs.idle_tg }}`,
          LIVE_TG: `\${{ steps.previous-${key}.outputs.live_tg }}`,
        },
        run: script(
          `aws elbv2 modify-listener --listener-arn "$LISTENER" --default-actions "Type=forward,ForwardConfig={TargetGroups=[{TargetGroupArn=$LIVE_TG,Weight=100},{TargetGroupArn=$IDLE_TG,Weight=0}]}" > /dev/null`,
          `echo "::warning::Traffic for ${key} is back on the previous version"`,
        ),
      },
    ];
  },
  runbook: awsEcsRunbook,
  settings: () => ({ vars: ["AWS_DEPLOY_ROLE_ARN", "API_URL", "WEB_URL"], secrets: [] }),
};
